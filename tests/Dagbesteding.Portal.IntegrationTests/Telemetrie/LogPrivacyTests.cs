using System.Collections.Concurrent;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.IntegrationTests.Telemetrie;

/// <summary>
/// No log line carries personal data: whatever the portal logs while a question, a casus and a reply are made, no
/// question text, no kenmerk and no medewerker's name appears in it (the logs are exported along with the traces).
/// </summary>
public sealed class LogPrivacyTests(LogPrivacyTests.LogVangendeFactory factory) : IClassFixture<LogPrivacyTests.LogVangendeFactory>
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Wpi = "wpi.west@example.org";

    [Fact]
    public async Task AQuestionACasusAndAReply_LeaveNoQuestionTextKenmerkOrNameInTheLog()
    {
        var vraagMarker = "tekenles" + Letters();
        var reactieMarker = "kookclub" + Letters();
        var kenmerk = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var vrager = await factory.ActorAsync(Regievoerder);
        var wpi = await factory.ActorAsync(Wpi);
        var west = await factory.StadsdeelIdAsync("West");

        var vraag = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = west,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = $"Wil graag {vraagMarker} volgen, dicht bij huis.",
            Vraag = $"Wie heeft plek voor iemand van 33 die {vraagMarker} zoekt? Twee ochtenden per week.",
        }));
        Assert.True(vraag.Gelukt, vraag.Fout);
        var reactie = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s =>
            s.ReageerAsync(wpi, vraag.Waarde, new NieuweReactie { Tekst = $"Bij ons kan {reactieMarker}, bel gerust." }));
        Assert.True(reactie.Gelukt, reactie.Fout);
        var casus = await factory.MetServiceAsync<CasusService, Uitkomst<int>>(s =>
            s.MaakAanAsync(vrager, new NieuweCasus { StadsdeelId = west, Kenmerk = kenmerk }));
        Assert.True(casus.Gelukt, casus.Fout);

        string[] namen;
        await using (var db = await factory.CreateDbContextAsync())
        {
            namen = await db.Medewerkers.Where(m => m.Id == vrager.MedewerkerId || m.Id == wpi.MedewerkerId).Select(m => m.Naam).ToArrayAsync();
        }
        Assert.Equal(2, namen.Length);
        var regels = factory.Logs.Regels;
        // The capture works: the calls above did log (the database commands at least).
        Assert.Contains(regels, r => r.Contains("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        var gelekt = new[] { vraagMarker, reactieMarker, kenmerk }.Concat(namen)
            .Where(verboden => regels.Any(r => r.Contains(verboden, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Empty(gelekt);
    }

    [Fact]
    public void ARefusedLoginByAccount_IsLoggedWithAHashOfTheAddress_NotTheAddress()
    {
        var sleutel = PortalLimieten.AccountSleutel("jan.jansen@example.org");

        var gelogd = PortalLimieten.LogSleutel(Limiet.InloggenPerAccount, sleutel);

        Assert.DoesNotContain("JANSEN", gelogd, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(gelogd, PortalLimieten.LogSleutel(Limiet.InloggenPerAccount, sleutel));
        Assert.Equal("10.0.0.1", PortalLimieten.LogSleutel(Limiet.InloggenPerIp, "10.0.0.1"));
    }

    private static string Letters() => string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('a' + (b % 26))));

    /// <summary>The test host with every log line of the portal, EF Core and ASP.NET Core captured (Debug for the portal's own).</summary>
    public sealed class LogVangendeFactory : SqlitePortalFactory
    {
        public LogVanger Logs { get; } = new();

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            ["Logging:LogLevel:Dagbesteding"] = "Debug",
        };

        protected override void ConfigureTest(IWebHostBuilder builder) =>
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

/// <summary>Keeps every log line as one string: category, level, the message, its structured values and the exception.</summary>
public sealed class LogVanger : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _regels = new();

    public IReadOnlyList<string> Regels => [.. _regels];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _regels);

    public void Dispose()
    {
    }

    private sealed class Logger(string categorie, ConcurrentQueue<string> regels) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var waarden = state is IEnumerable<KeyValuePair<string, object?>> paren ? string.Join(" ", paren.Select(p => $"{p.Key}={p.Value}")) : "";
            regels.Enqueue($"{categorie} {logLevel} {formatter(state, exception)} {waarden} {exception}");
        }
    }
}
