using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Netwerk.Leden;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>
/// The membership rules of the stadsdeel channels on a real database with the demo network; run once per provider.
/// The tests share one database, so each works with its own (extra) medewerkers where it changes memberships.
/// </summary>
public abstract class LidmaatschapTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Reden = "Werkt niet meer in dit stadsdeel";

    private readonly FakeRealtimePublisher _publisher = new();

    private LidmaatschapService Service() => new(
        factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
        _publisher,
        TimeProvider.System,
        factory.Services.GetRequiredService<AuditLog>());

    /// <summary>The medewerker as the actor of a change (their roles are read from their account).</summary>
    private static Actor Als(int medewerkerId) => new(medewerkerId, null, []);

    [Fact]
    public async Task Behandelaar_IsRefused_WithTheWerkprocesRule_AndNothingIsStored()
    {
        var behandelaar = await MaakMedewerkerAsync(OrganisatieType.Behandelaar, Functie.AanbiederContactpersoon, locaties: ["West"]);

        var resultaat = await Service().VoegToeAsync(await KanaalIdAsync("West"), behandelaar, Als(await MedewerkerIdAsync("beheerder@example.org")));

        Assert.False(resultaat.Gelukt);
        Assert.Contains("behandelaar", resultaat.Melding);
        Assert.Contains("werkproces Dagbesteding", resultaat.Melding);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Lidmaatschappen.AnyAsync(l => l.MedewerkerId == behandelaar));
        Assert.Empty(_publisher.LidmaatschapWijzigingen);
    }

    [Fact]
    public async Task AanbiederWithoutALocatieInTheStadsdeel_IsRefused_ButMayJoinWhereItHasOne()
    {
        var contactpersoon = await MaakMedewerkerAsync(OrganisatieType.Aanbieder, Functie.AanbiederContactpersoon, locaties: ["Oost"]);
        var beheerder = await MedewerkerIdAsync("beheerder@example.org");

        var west = await Service().VoegToeAsync(await KanaalIdAsync("West"), contactpersoon, Als(beheerder));
        var oost = await Service().VoegToeAsync(await KanaalIdAsync("Oost"), contactpersoon, Als(beheerder));

        Assert.False(west.Gelukt);
        Assert.Contains("geen locatie in West", west.Melding);
        Assert.True(oost.Gelukt, oost.Melding);
    }

    [Fact]
    public async Task NetwerkmanagerWest_MayAddToWest_ButNotToOost_AndNotTwice()
    {
        var consulent = await MaakMedewerkerAsync(OrganisatieType.Wpi, Functie.Inkomensconsulent);
        var netwerkmanager = await MedewerkerIdAsync("netwerkmanager.west@example.org");

        var west = await Service().VoegToeAsync(await KanaalIdAsync("West"), consulent, Als(netwerkmanager));
        var oost = await Service().VoegToeAsync(await KanaalIdAsync("Oost"), consulent, Als(netwerkmanager));
        var nogmaals = await Service().VoegToeAsync(await KanaalIdAsync("West"), consulent, Als(netwerkmanager));

        Assert.True(west.Gelukt, west.Melding);
        Assert.False(oost.Gelukt);
        Assert.Contains("eigen stadsdeel", oost.Melding);
        Assert.False(nogmaals.Gelukt);
        Assert.Contains("al lid", nogmaals.Melding);
        await using var db = await factory.CreateDbContextAsync();
        var lidmaatschap = await db.Lidmaatschappen.Include(l => l.Kanaal).SingleAsync(l => l.MedewerkerId == consulent);
        Assert.Equal("Netwerk West", lidmaatschap.Kanaal!.Naam);
        Assert.True(lidmaatschap.IsActief);
        Assert.False(lidmaatschap.Automatisch);
        // Stored first, then the realtime layer is told to regroup this person's connections (once).
        Assert.Equal([consulent], _publisher.LidmaatschapWijzigingen);
    }

    [Fact]
    public async Task TwoManagersAddingTheSamePersonAtOnce_MakeOneMembership_AndNeitherCrashes()
    {
        var klantbegeleider = await MaakMedewerkerAsync(OrganisatieType.Wpi, Functie.Klantbegeleider);
        var west = await KanaalIdAsync("West");
        var beheerder = await MedewerkerIdAsync("beheerder@example.org");
        var netwerkmanager = await MedewerkerIdAsync("netwerkmanager.west@example.org");

        var resultaten = await Task.WhenAll(
            Service().VoegToeAsync(west, klantbegeleider, Als(beheerder)),
            Service().VoegToeAsync(west, klantbegeleider, Als(netwerkmanager)));

        Assert.Single(resultaten, r => r.Gelukt);
        Assert.All(resultaten.Where(r => !r.Gelukt), r => Assert.Contains("al lid", r.Melding));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Lidmaatschappen.CountAsync(l => l.MedewerkerId == klantbegeleider && l.AfgemeldOp == null));
    }

    [Fact]
    public async Task Database_RefusesASecondActiveMembership_ButKeepsAnyNumberOfEndedOnes()
    {
        var consulent = await MaakMedewerkerAsync(OrganisatieType.Wpi, Functie.Inkomensconsulent);
        var west = await KanaalIdAsync("West");
        var nu = DateTimeOffset.UtcNow;
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = west, MedewerkerId = consulent, Vanaf = nu.AddDays(-30), AfgemeldOp = nu.AddDays(-20), AfmeldReden = Reden });
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = west, MedewerkerId = consulent, Vanaf = nu.AddDays(-10), AfgemeldOp = nu.AddDays(-5), AfmeldReden = Reden });
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = west, MedewerkerId = consulent, Vanaf = nu });
            await db.SaveChangesAsync();
        }
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = west, MedewerkerId = consulent, Vanaf = nu });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task RegievoerderWest_MayNotAddOrSignOffOthers_ButMayLeaveThemselves()
    {
        var regievoerder = await MedewerkerIdAsync("regievoerder.west@example.org");
        var klantbegeleider = await MaakMedewerkerAsync(OrganisatieType.Wpi, Functie.Klantbegeleider);
        var west = await KanaalIdAsync("West");
        var service = Service();

        var toevoegen = await service.VoegToeAsync(west, klantbegeleider, Als(regievoerder));
        Assert.False(toevoegen.Gelukt);
        Assert.Contains("beheerder en de netwerkmanager", toevoegen.Melding);
        Assert.Empty(await service.ZoekKandidatenAsync(west, regievoerder, null));

        var anderLid = await ActiefLidmaatschapAsync("aanbieder.west@example.org", "West");
        var ander = await service.MeldAfAsync(anderLid, Reden, Als(regievoerder));
        Assert.False(ander.Gelukt);
        Assert.Contains("alleen uzelf", ander.Melding);

        var overzicht = await service.OverzichtAsync(await StadsdeelIdAsync("West"), regievoerder);
        Assert.NotNull(overzicht);
        Assert.False(overzicht.MagBeheren);
        var eigen = Assert.IsType<LidRij>(overzicht.EigenLidmaatschap);
        var zelf = await service.MeldAfAsync(eigen.LidmaatschapId, "Ik ga met verlof", Als(regievoerder));
        Assert.True(zelf.Gelukt, zelf.Melding);
        Assert.Contains(regievoerder, _publisher.LidmaatschapWijzigingen);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Lidmaatschappen.AnyAsync(l => l.MedewerkerId == regievoerder && l.KanaalId == west && l.AfgemeldOp == null));

        // Both refusals and the own afmelding are in the audit log; the own one is not on anyone's behalf.
        var regels = await db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Lidmaatschap && r.ObjectId == west && r.MedewerkerId == regievoerder)
            .OrderBy(r => r.Id).Select(r => new { r.Actie, r.Resultaat, r.Toelichting, r.NamensMedewerkerId }).ToListAsync();
        Assert.Equal(
            [
                new { Actie = AuditActie.Aangemaakt, Resultaat = AuditResultaat.Geweigerd, Toelichting = (string?)$"Lid toevoegen: medewerker {klantbegeleider}", NamensMedewerkerId = (int?)null },
                new { Actie = AuditActie.Verwijderd, Resultaat = AuditResultaat.Geweigerd, Toelichting = (string?)$"Afmelden: medewerker {await MedewerkerIdAsync("aanbieder.west@example.org")}", NamensMedewerkerId = (int?)null },
                new { Actie = AuditActie.Verwijderd, Resultaat = AuditResultaat.Gelukt, Toelichting = (string?)$"Afgemeld: medewerker {regievoerder}", NamensMedewerkerId = (int?)null },
            ],
            regels);
    }

    [Fact]
    public async Task Afmelding_NeedsAReason_KeepsTheHistory_AndRejoiningMakesANewRow()
    {
        var consulent = await MaakMedewerkerAsync(OrganisatieType.Wpi, Functie.Inkomensconsulent);
        var beheerder = await MedewerkerIdAsync("beheerder@example.org");
        var oost = await KanaalIdAsync("Oost");
        var service = Service();
        Assert.True((await service.VoegToeAsync(oost, consulent, Als(beheerder))).Gelukt);
        var lidmaatschap = await ActiefLidmaatschapAsync(consulent, oost);

        var zonderReden = await service.MeldAfAsync(lidmaatschap, "  ok ", Als(beheerder));
        Assert.False(zonderReden.Gelukt);
        Assert.Contains("minstens 5 tekens", zonderReden.Melding);

        var afgemeld = await service.MeldAfAsync(lidmaatschap, $"  {Reden}  ", Als(beheerder));
        Assert.True(afgemeld.Gelukt, afgemeld.Melding);
        await using (var lezen = await factory.CreateDbContextAsync())
        {
            // Added and signed off by the Beheerder, on the consulent's behalf; the free-text reason is not in the log.
            var regels = await lezen.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Lidmaatschap && r.ObjectId == oost && r.MedewerkerId == beheerder
                && r.Resultaat == AuditResultaat.Gelukt && r.Toelichting!.EndsWith($"medewerker {consulent}")).OrderBy(r => r.Id).ToListAsync();
            Assert.Equal([AuditActie.Aangemaakt, AuditActie.Verwijderd], regels.Select(r => r.Actie));
            Assert.Equal(consulent, regels[1].NamensMedewerkerId);
            Assert.DoesNotContain(regels, r => r.Toelichting!.Contains(Reden));
        }
        var nogmaals = await service.MeldAfAsync(lidmaatschap, Reden, Als(beheerder));
        Assert.False(nogmaals.Gelukt);

        var overzicht = await service.OverzichtAsync(await StadsdeelIdAsync("Oost"), beheerder);
        Assert.NotNull(overzicht);
        Assert.DoesNotContain(overzicht.Leden, l => l.MedewerkerId == consulent);
        var historie = Assert.Single(overzicht.Geschiedenis, a => a.LidmaatschapId == lidmaatschap);
        Assert.Equal(Reden, historie.Reden);
        Assert.InRange(historie.AfgemeldOp, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.True((await service.VoegToeAsync(oost, consulent, Als(beheerder))).Gelukt);
        await using var db = await factory.CreateDbContextAsync();
        var rijen = await db.Lidmaatschappen.Where(l => l.MedewerkerId == consulent).ToListAsync();
        Assert.Equal(2, rijen.Count);
        Assert.Single(rijen, l => l.IsActief);
        Assert.Single(rijen, l => l.Id == lidmaatschap && l.AfmeldReden == Reden && l.AfgemeldOp != null);
    }

    [Fact]
    public async Task AutomaticMembershipOfTheNetwerkmanager_CannotBeEnded()
    {
        var netwerkmanager = await MedewerkerIdAsync("netwerkmanager.west@example.org");
        var lidmaatschap = await ActiefLidmaatschapAsync("netwerkmanager.west@example.org", "West");
        var service = Service();

        var zelf = await service.MeldAfAsync(lidmaatschap, Reden, Als(netwerkmanager));
        var beheerder = await service.MeldAfAsync(lidmaatschap, Reden, Als(await MedewerkerIdAsync("beheerder@example.org")));

        Assert.False(zelf.Gelukt);
        Assert.Contains("automatisch lid", zelf.Melding);
        Assert.False(beheerder.Gelukt);
        await using var db = await factory.CreateDbContextAsync();
        var rij = await db.Lidmaatschappen.SingleAsync(l => l.Id == lidmaatschap);
        Assert.True(rij.Automatisch);
        Assert.True(rij.IsActief);
    }

    [Fact]
    public async Task ZorgVoorNetwerkmanagers_AddsOnlyWhatIsMissing_AndIsIdempotent()
    {
        var service = Service();
        // Start-up already made every seeded netwerkmanager a member.
        Assert.Equal(0, await service.ZorgVoorNetwerkmanagersAsync());

        var nieuweManager = await MaakMedewerkerAsync(OrganisatieType.Buurtteamorganisatie, Functie.Netwerkmanager, buurtteamVan: "Noord");
        Assert.Equal(1, await service.ZorgVoorNetwerkmanagersAsync());
        Assert.Equal(0, await service.ZorgVoorNetwerkmanagersAsync());

        await using var db = await factory.CreateDbContextAsync();
        var rij = await db.Lidmaatschappen.Include(l => l.Kanaal).SingleAsync(l => l.MedewerkerId == nieuweManager);
        Assert.Equal("Netwerk Noord", rij.Kanaal!.Naam);
        Assert.True(rij.Automatisch);
        Assert.True(rij.IsActief);
        Assert.Equal([nieuweManager], _publisher.LidmaatschapWijzigingen);
        Assert.All(await db.Kanalen.Select(k => k.Lidmaatschappen.Count(l => l.Automatisch && l.AfgemeldOp == null)).ToListAsync(),
            aantal => Assert.InRange(aantal, 1, 2));
    }

    [Fact]
    public async Task Kandidaten_OnlyOfferWhomTheRulesAllow()
    {
        var behandelaar = await MaakMedewerkerAsync(OrganisatieType.Behandelaar, Functie.AanbiederContactpersoon, locaties: ["West"]);
        var oostAanbieder = await MaakMedewerkerAsync(OrganisatieType.Aanbieder, Functie.AanbiederContactpersoon, locaties: ["Oost"]);
        var westAanbieder = await MaakMedewerkerAsync(OrganisatieType.Aanbieder, Functie.AanbiederContactpersoon, locaties: ["West"]);

        var kandidaten = await Service().ZoekKandidatenAsync(await KanaalIdAsync("West"), await MedewerkerIdAsync("netwerkmanager.west@example.org"), "Testorganisatie");

        var ids = kandidaten.Select(k => k.MedewerkerId).ToList();
        Assert.Contains(westAanbieder, ids);
        Assert.DoesNotContain(behandelaar, ids);
        Assert.DoesNotContain(oostAanbieder, ids);
    }

    [Fact]
    public async Task Overzicht_IsNotShownToSomeoneOutsideTheChannel()
    {
        var service = Service();
        Assert.Null(await service.OverzichtAsync(await StadsdeelIdAsync("West"), await MedewerkerIdAsync("regievoerder.oost@example.org")));
        var aanbieder = await service.OverzichtAsync(await StadsdeelIdAsync("West"), await MedewerkerIdAsync("aanbieder.west@example.org"));
        Assert.NotNull(aanbieder);
        Assert.False(aanbieder.MagBeheren);
        Assert.Contains(aanbieder.Leden, l => l.Automatisch && l.Naam == "Naima Netwerk");
        Assert.NotEmpty(aanbieder.Geschiedenis);
    }

    [Fact]
    public async Task LedenPagina_ShowsTheMembersAndTheAddButton_ToTheNetwerkmanager()
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("netwerkmanager.west@example.org");

        var response = await client.GetAsync("/netwerk/leden");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Leden van Netwerk West", html);
        Assert.Contains("Lid toevoegen", html);
        Assert.Contains("automatisch", html);
        Assert.Contains("Geschiedenis (", html);
    }

    [Fact]
    public async Task LedenPagina_IsRefusedToARoleWithoutNetworkAccess()
    {
        using var client = factory.CreatePortalClient();
        var anoniem = await client.GetAsync("/netwerk/leden");
        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
        Assert.StartsWith("/inloggen", anoniem.Headers.Location!.PathAndQuery);
    }

    private async Task<int> MedewerkerIdAsync(string email)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Email == email).Select(m => m.Id).SingleAsync();
    }

    private async Task<int> StadsdeelIdAsync(string naam)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Stadsdelen.Where(s => s.Naam == naam).Select(s => s.Id).SingleAsync();
    }

    private async Task<int> KanaalIdAsync(string stadsdeel)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Kanalen.Where(k => k.Stadsdeel!.Naam == stadsdeel).Select(k => k.Id).SingleAsync();
    }

    private async Task<int> ActiefLidmaatschapAsync(string email, string stadsdeel) =>
        await ActiefLidmaatschapAsync(await MedewerkerIdAsync(email), await KanaalIdAsync(stadsdeel));

    private async Task<int> ActiefLidmaatschapAsync(int medewerkerId, int kanaalId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Lidmaatschappen.Where(l => l.MedewerkerId == medewerkerId && l.KanaalId == kanaalId && l.AfgemeldOp == null)
            .Select(l => l.Id).SingleAsync();
    }

    /// <summary>A medewerker of a new organisation (or of an existing buurtteam), made directly in the database.</summary>
    private async Task<int> MaakMedewerkerAsync(OrganisatieType type, Functie functie, string[]? locaties = null, string? buurtteamVan = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        var uniek = Guid.NewGuid().ToString("N")[..8];
        Organisatie organisatie;
        if (buurtteamVan is not null)
        {
            organisatie = await db.Organisaties.SingleAsync(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.Stadsdeel!.Naam == buurtteamVan);
        }
        else
        {
            organisatie = new Organisatie { GemeenteId = await db.Gemeenten.Select(g => g.Id).FirstAsync(), Naam = $"Testorganisatie {uniek}", Type = type };
            foreach (var stadsdeel in locaties ?? [])
            {
                organisatie.Locaties.Add(new Locatie { Naam = $"Testlocatie {stadsdeel} {uniek}", StadsdeelId = await db.Stadsdelen.Where(s => s.Naam == stadsdeel).Select(s => s.Id).SingleAsync() });
            }
            db.Organisaties.Add(organisatie);
        }
        var medewerker = new Medewerker { Organisatie = organisatie, Naam = $"Test Medewerker {uniek}", Email = $"test.{uniek}@example.org", Functie = functie };
        db.Medewerkers.Add(medewerker);
        await db.SaveChangesAsync();
        return medewerker.Id;
    }
}

public sealed class SqliteLidmaatschapTests(SqlitePortalFactory factory)
    : LidmaatschapTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlLidmaatschapTests(PostgreSqlPortalFactory factory)
    : LidmaatschapTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
