using System.Net;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Beheer;

/// <summary>Closure days through the service (fake clock: "today" is Monday 2 March 2026) and the Beheer page.</summary>
public abstract class SluitingsdagenTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private static readonly DateTimeOffset Nu = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Toevoegen_GoedeVrijdag_IsStored_AndTheCachedCalendarFollowsAtOnce()
    {
        var service = Service();
        var kalenders = factory.Services.GetRequiredService<WerkdagKalenderProvider>();
        var goedeVrijdag = new DateOnly(2026, 4, 3);
        Assert.True((await kalenders.KalenderAsync()).IsWerkdag(goedeVrijdag));

        var resultaat = await service.ToevoegenAsync(await BeheerderAsync(), goedeVrijdag, "  Goede Vrijdag ");

        Assert.True(resultaat.Gelukt);
        Assert.Empty(resultaat.Fouten);
        Assert.Equal("Goede Vrijdag", resultaat.Sluitingsdag!.Omschrijving);
        Assert.Contains(new SluitingsdagRij(resultaat.Sluitingsdag.Id, goedeVrijdag, "Goede Vrijdag"), (await service.OverzichtAsync()).Sluitingsdagen);
        var kalender = await kalenders.KalenderAsync();
        Assert.False(kalender.IsWerkdag(goedeVrijdag));
        Assert.True(kalender.IsSluitingsdag(goedeVrijdag));

        Assert.True(await service.VerwijderenAsync(await BeheerderAsync(), resultaat.Sluitingsdag.Id));
        Assert.True((await kalenders.KalenderAsync()).IsWerkdag(goedeVrijdag));
        Assert.False(await service.VerwijderenAsync(await BeheerderAsync(), resultaat.Sluitingsdag.Id));
    }

    [Fact]
    public async Task Toevoegen_TheSameDateTwice_IsRefused_AndStoredOnce()
    {
        var service = Service();
        var dag = new DateOnly(2026, 5, 15);
        Assert.True((await service.ToevoegenAsync(await BeheerderAsync(), dag, "Studiedag netwerk")).Gelukt);

        var nogmaals = await service.ToevoegenAsync(await BeheerderAsync(), dag, "Andere omschrijving");

        Assert.False(nogmaals.Gelukt);
        Assert.Equal([new Invoerfout("Datum", "15 mei 2026 is al een sluitingsdag (Studiedag netwerk).")], nogmaals.Fouten);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(["Studiedag netwerk"], await db.Sluitingsdagen.Where(s => s.Datum == dag).Select(s => s.Omschrijving).ToListAsync());
    }

    [Theory]
    [InlineData("2026-02-27", "Gemiste sluiting", "Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 27 februari 2026 ligt in het verleden.")]
    [InlineData("2026-03-01", "Gisteren", "Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 1 maart 2026 ligt in het verleden.")]
    [InlineData("2031-03-03", "Te ver vooruit", "Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 3 maart 2031 ligt meer dan 5 jaar vooruit.")]
    [InlineData("9999-12-31", "Jaar 9999", "Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 31 december 9999 ligt meer dan 5 jaar vooruit.")]
    [InlineData("2026-04-06", "Paasmaandag", "Datum", "6 april 2026 is al een feestdag (Tweede Paasdag).")]
    [InlineData("2026-03-07", "Zaterdag", "Datum", "7 maart 2026 valt in het weekend en is al geen werkdag.")]
    [InlineData(null, "Goede Vrijdag", "Datum", "Vul een datum in.")]
    [InlineData("2026-06-05", "ab", "Omschrijving", "De omschrijving is 3 tot 200 tekens lang (nu 2).")]
    public async Task Toevoegen_InvalidInput_IsRefusedWithADutchMessage_AndNothingIsStored(string? datum, string omschrijving, string veld, string melding)
    {
        await using var voor = await factory.CreateDbContextAsync();
        var aantal = await voor.Sluitingsdagen.CountAsync();

        var resultaat = await Service().ToevoegenAsync(await BeheerderAsync(), datum is null ? null : DateOnly.Parse(datum), omschrijving);

        Assert.False(resultaat.Gelukt);
        Assert.Equal([new Invoerfout(veld, melding)], resultaat.Fouten);
        await using var na = await factory.CreateDbContextAsync();
        Assert.Equal(aantal, await na.Sluitingsdagen.CountAsync());
    }

    [Fact]
    public async Task Toevoegen_Today_IsAllowed()
    {
        var service = Service();
        var resultaat = await service.ToevoegenAsync(await BeheerderAsync(), new DateOnly(2026, 3, 2), "Calamiteit kantoor");
        Assert.True(resultaat.Gelukt);
        Assert.True(await service.VerwijderenAsync(await BeheerderAsync(), resultaat.Sluitingsdag!.Id));
    }

    [Fact]
    public async Task Overzicht_ListsTheStatutoryHolidaysOfThisAndNextYear()
    {
        var overzicht = await Service().OverzichtAsync();
        Assert.Equal(new DateOnly(2026, 3, 2), overzicht.Vandaag);
        Assert.Equal(16, overzicht.Feestdagen.Count);
        Assert.Equal(new DateOnly(2026, 1, 1), overzicht.Feestdagen[0].Datum);
        Assert.Equal(new DateOnly(2027, 12, 26), overzicht.Feestdagen[^1].Datum);
        Assert.Contains(overzicht.Feestdagen, f => f.Naam == "Koningsdag" && f.Datum == new DateOnly(2027, 4, 27));
    }

    [Fact]
    public async Task Page_ShowsHolidaysAndClosureDaysToTheBeheerder()
    {
        var jaar = DateTime.Today.Year;
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("beheerder@example.org");

        var response = await client.GetAsync("/beheer/sluitingsdagen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sluitingsdag toevoegen", html);
        Assert.Contains($"Wettelijke feestdagen {jaar}–{jaar + 1}", html);
        Assert.Contains("Tweede Pinksterdag", html);
    }

    [Theory]
    [InlineData("netwerkmanager.west@example.org")]
    [InlineData("regievoerder.west@example.org")]
    public async Task Page_IsRefusedToANonBeheerder(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(email);
        var response = await client.GetAsync("/beheer/sluitingsdagen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ToevoegenEnVerwijderen_WriteAnAuditLine_WithTheBeheerderAndTheDay()
    {
        var service = Service();
        var beheerder = await BeheerderAsync();
        var dag = new DateOnly(2026, 5, 22);

        var resultaat = await service.ToevoegenAsync(beheerder, dag, "Studiedag audit");
        Assert.True(await service.VerwijderenAsync(beheerder, resultaat.Sluitingsdag!.Id));

        await using var db = await factory.CreateDbContextAsync();
        var regels = await db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Sluitingsdag && r.ObjectId == resultaat.Sluitingsdag.Id)
            .OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([AuditActie.Aangemaakt, AuditActie.Verwijderd], regels.Select(r => r.Actie));
        Assert.All(regels, r =>
        {
            Assert.Equal(beheerder.MedewerkerId, r.MedewerkerId);
            Assert.Equal(AuditResultaat.Gelukt, r.Resultaat);
            Assert.Equal("Datum 2026-05-22", r.Toelichting);
            Assert.Contains(Domain.Rollen.Beheerder, r.Rollen);
        });
    }

    [Fact]
    public async Task Toevoegen_ByANetwerkmanager_IsRefused_StoresNothing_AndIsAudited()
    {
        var netwerkmanager = await factory.ActorAsync("netwerkmanager.west@example.org");
        var dag = new DateOnly(2026, 5, 29);

        var resultaat = await Service().ToevoegenAsync(netwerkmanager, dag, "Eigen vrije dag");

        Assert.False(resultaat.Gelukt);
        Assert.Equal(SluitingsdagService.GeenBeheerderFout, Assert.Single(resultaat.Fouten).Melding);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Sluitingsdagen.AnyAsync(s => s.Datum == dag));
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectSoort == AuditLog.Sluitingsdag && r.MedewerkerId == netwerkmanager.MedewerkerId
            && r.Actie == AuditActie.Aangemaakt && r.Resultaat == AuditResultaat.Geweigerd));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Service().VerwijderenAsync(netwerkmanager, 1));
    }

    private Task<Actor> BeheerderAsync() => factory.ActorAsync("beheerder@example.org");

    private SluitingsdagService Service() =>
        ActivatorUtilities.CreateInstance<SluitingsdagService>(factory.Services, new FakeTimeProvider(Nu));
}

public sealed class SqliteSluitingsdagenTests(SqlitePortalFactory factory)
    : SluitingsdagenTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlSluitingsdagenTests(PostgreSqlPortalFactory factory)
    : SluitingsdagenTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
