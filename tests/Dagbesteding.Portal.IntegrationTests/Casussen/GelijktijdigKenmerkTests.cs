using System.Data.Common;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dagbesteding.Portal.IntegrationTests.Casussen;

/// <summary>
/// The buurtteam and the aanbieder register the same kenmerk at the same moment (issue 15 point 3). The race is made
/// certain, not hoped for: <see cref="KenmerkPoort"/> holds each "is this kenmerk taken?" query of the test's kenmerk
/// until both requests have asked, so both pass the check and only the unique index can decide.
/// </summary>
public abstract class GelijktijdigKenmerkTests<TFactory>(TFactory factory) where TFactory : PortalFactory, IKenmerkRaceFactory
{
    [Fact]
    public async Task SameKenmerkTwiceAtOnce_OneCasusIsMade_TheOtherHearsItInDutch_AndOnlyTheWinnerIsAuditedAndPublished()
    {
        var kenmerk = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var west = await factory.StadsdeelIdAsync("West");
        var regie = await factory.ActorAsync("regievoerder.west@example.org");
        var aanbieder = await factory.ActorAsync("aanbieder.west@example.org");
        factory.Poort.Wacht(kenmerk, deelnemers: 2);

        var uitkomsten = await Task.WhenAll(
            factory.MetServiceAsync<CasusService, Uitkomst<int>>(s => s.MaakAanAsync(regie,
                new NieuweCasus { StadsdeelId = west, Kenmerk = kenmerk, Perceel = Perceel.Meedoen })),
            factory.MetServiceAsync<CasusService, Uitkomst<int>>(s => s.MaakAanAsync(aanbieder,
                new NieuweCasus { StadsdeelId = west, Kenmerk = kenmerk, Perceel = Perceel.Meedoen, RegievoerderId = regie.MedewerkerId })));

        Assert.True(factory.Poort.BeideDoorDeCheck, "Both requests should have passed the check before either saved: no race was made.");
        var winnaar = Assert.Single(uitkomsten, u => u.Gelukt);
        var verliezer = Assert.Single(uitkomsten, u => !u.Gelukt);
        Assert.Equal(CasusService.KenmerkBestaatFout, verliezer.Fout);

        await using var db = await factory.CreateDbContextAsync();
        var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.StadsdeelId == west && c.Kenmerk == kenmerk);
        Assert.Equal(winnaar.Waarde, casus.Id);
        Assert.Equal(1, await db.AuditRegels.CountAsync(a => a.ObjectSoort == AuditLog.Casus && a.Actie == AuditActie.Aangemaakt && a.ObjectId == casus.Id));
        // Only an aanbieder's registration tells the regievoerder; the loser's melding was rolled back with its casus.
        var door = casus.AangemaaktDoorOrganisatieId == (await db.Medewerkers.SingleAsync(m => m.Id == aanbieder.MedewerkerId)).OrganisatieId;
        Assert.Equal(door ? 1 : 0, await db.Meldingen.CountAsync(m => m.Tekst.Contains(kenmerk)));
        Assert.Single(factory.Publicaties.BordGebeurtenissen, g => g.CasusId == casus.Id);
    }
}

/// <summary>A test host whose database commands pass <see cref="KenmerkPoort"/> and whose pushes are recorded.</summary>
public interface IKenmerkRaceFactory
{
    KenmerkPoort Poort { get; }
    FakeRealtimePublisher Publicaties { get; }
}

/// <summary>Holds the existence query of one kenmerk until the given number of requests have run it.</summary>
public sealed class KenmerkPoort : DbCommandInterceptor
{
    private string? _kenmerk;
    private int _deelnemers;
    private int _aangekomen;
    private TaskCompletionSource _allen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool BeideDoorDeCheck => _allen.Task.IsCompletedSuccessfully;

    public void Wacht(string kenmerk, int deelnemers)
    {
        _allen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _aangekomen = 0;
        _deelnemers = deelnemers;
        _kenmerk = kenmerk;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await WachtOpDeAnderenAsync(command);
        return result;
    }

    public override async ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        await WachtOpDeAnderenAsync(command);
        return result;
    }

    private async Task WachtOpDeAnderenAsync(DbCommand command)
    {
        var kenmerk = _kenmerk;
        if (kenmerk is null || !command.CommandText.Contains("EXISTS", StringComparison.OrdinalIgnoreCase)
            || !command.CommandText.Contains("Casussen") || !command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, kenmerk)))
        {
            return;
        }
        if (Interlocked.Increment(ref _aangekomen) >= _deelnemers)
        {
            _allen.TrySetResult();
        }
        // A bounded wait: if the other request never asks, this one goes on and the test says no race was made.
        try
        {
            await _allen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
        }
    }
}

internal static class KenmerkRaceHost
{
    public static void Configureer(IWebHostBuilder builder, KenmerkPoort poort, FakeRealtimePublisher publicaties) =>
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(poort));
            services.RemoveAll<IRealtimePublisher>();
            services.AddSingleton<IRealtimePublisher>(publicaties);
        });
}

public sealed class SqliteKenmerkRaceFactory : SqlitePortalFactory, IKenmerkRaceFactory
{
    public KenmerkPoort Poort { get; } = new();
    public FakeRealtimePublisher Publicaties { get; } = new();

    protected override void ConfigureTest(IWebHostBuilder builder) => KenmerkRaceHost.Configureer(builder, Poort, Publicaties);
}

public sealed class PostgreSqlKenmerkRaceFactory : PostgreSqlPortalFactory, IKenmerkRaceFactory
{
    public KenmerkPoort Poort { get; } = new();
    public FakeRealtimePublisher Publicaties { get; } = new();

    protected override void ConfigureTest(IWebHostBuilder builder) => KenmerkRaceHost.Configureer(builder, Poort, Publicaties);
}

public sealed class SqliteGelijktijdigKenmerkTests(SqliteKenmerkRaceFactory factory)
    : GelijktijdigKenmerkTests<SqliteKenmerkRaceFactory>(factory), IClassFixture<SqliteKenmerkRaceFactory>;

public sealed class PostgreSqlGelijktijdigKenmerkTests(PostgreSqlKenmerkRaceFactory factory)
    : GelijktijdigKenmerkTests<PostgreSqlKenmerkRaceFactory>(factory), IClassFixture<PostgreSqlKenmerkRaceFactory>;
