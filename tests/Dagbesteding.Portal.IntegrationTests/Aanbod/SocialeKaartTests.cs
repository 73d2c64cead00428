using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Aanbod;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Aanbod;

/// <summary>
/// The sociale kaart and the organisations on a real database with the demo network, once per provider: search on the
/// new fields, the change history, refusals of bad input with nothing stored, ending instead of deleting.
/// </summary>
public abstract class SocialeKaartTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private Task<T> Kaart<T>(Func<SocialeKaartService, Task<T>> actie) => factory.MetServiceAsync(actie);

    private Task<T> Beheer<T>(Func<BeheerService, Task<T>> actie) => factory.MetServiceAsync(actie);

    [Fact]
    public async Task BeheerderAddsLocatie_MemberFindsItByDoelgroepAndTaal_WithHistoryAndAuditLine()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var lid = await factory.ActorAsync("regievoerder.west@example.org");
        var gegevens = await NieuweGegevensAsync("Atelier Zoekproef");
        gegevens.Talen = "Nederlands, Tigrinya";

        var uitkomst = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));

        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        var doelgroep = await DoelgroepCodeAsync(gegevens.DoelgroepIds.Single());
        var gevonden = await Kaart(s => s.ZoekAsync(lid, new AanbodFilter { Doelgroep = doelgroep, Taal = "tigrinya", Stadsdeel = "west" }));
        var locatie = Assert.Single(gevonden!);
        Assert.Equal(uitkomst.Waarde, locatie.Id);
        Assert.Equal(["nederlands", "tigrinya"], locatie.Talen);
        Assert.NotNull(locatie.WachttijdBijgewerktOp);
        // Another doelgroep does not find it (the filter filters).
        var ander = await Kaart(s => s.ZoekAsync(lid, new AanbodFilter { Doelgroep = "dementie", Taal = "tigrinya" }));
        Assert.DoesNotContain(ander!, l => l.Id == uitkomst.Waarde);

        var detail = await Kaart(s => s.OpenAsync(lid, uitkomst.Waarde));
        var wijziging = Assert.Single(detail!.Wijzigingen);
        Assert.Equal(["aangemaakt"], wijziging.Velden);
        Assert.False(detail.MagBewerken);
        await using var db = await factory.CreateDbContextAsync();
        var regel = await db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Locatie && r.ObjectId == uitkomst.Waarde).SingleAsync();
        Assert.Equal(beheerder.MedewerkerId, regel.MedewerkerId);
        Assert.Equal("Velden aangemaakt", regel.Toelichting);
    }

    [Fact]
    public async Task AanbiederUpdatesOwnLocatie_HistoryNamesTheFields_ButCannotTouchAnothers()
    {
        var aanbieder = await factory.ActorAsync("aanbieder.west@example.org");
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var west = await factory.StadsdeelIdAsync("West");
        var organisatieId = await OrganisatieVanAsync(aanbieder);
        var eigen = await Kaart(s => s.BewaarAsync(beheerder, null, new LocatieGegevens
        {
            OrganisatieId = organisatieId,
            Naam = $"Eigen werkplaats {Guid.NewGuid():N}"[..26],
            StadsdeelId = west,
            Percelen = Percelen.Meedoen,
        }));
        var gegevens = (await Kaart(s => s.FormulierAsync(aanbieder, eigen.Waarde, null)))!.Gegevens;
        gegevens.WachttijdIndicatie = Wachttijd.Direct;
        gegevens.Adres = "Werkplaatsstraat 1";

        var bijgewerkt = await Kaart(s => s.BewaarAsync(aanbieder, eigen.Waarde, gegevens));

        Assert.True(bijgewerkt.Gelukt, bijgewerkt.Fout);
        var detail = await Kaart(s => s.OpenAsync(aanbieder, eigen.Waarde));
        Assert.True(detail!.MagBewerken);
        var laatste = detail.Wijzigingen[0];
        Assert.Equal(["adres", "wachttijd"], laatste.Velden);

        var vreemde = await AndereLocatieAsync(organisatieId);
        var voor = await GegevensAsync(vreemde);
        var poging = voor;
        poging.Naam = "Overgenomen";
        var geweigerd = await Kaart(s => s.BewaarAsync(aanbieder, vreemde, poging));
        Assert.Equal(SocialeKaartService.GeenBewerkrechtFout, geweigerd.Fout);
        Assert.NotEqual("Overgenomen", (await GegevensAsync(vreemde)).Naam);
        Assert.Null(await Kaart(s => s.FormulierAsync(aanbieder, vreemde, null)));
    }

    [Fact]
    public async Task LocatieOfAnOrganisationThatIsNoAanbieder_IsRefused_AndNothingIsStored()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var gegevens = await NieuweGegevensAsync("Bij het buurtteam");
        await using var db = await factory.CreateDbContextAsync();
        gegevens.OrganisatieId = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.Actief)
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var aantal = await db.Locaties.CountAsync();

        var uitkomst = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal("Locaties horen bij een actieve aanbieder.", uitkomst.Fout);
        Assert.Equal(aantal, await db.Locaties.CountAsync());
    }

    [Fact]
    public async Task LocatieWithoutPerceelOrWithABadLink_IsRefusedPerField_AndNothingIsStored()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var gegevens = await NieuweGegevensAsync("Zonder perceel");
        gegevens.Percelen = Percelen.Geen;
        gegevens.JekuntmeerUrl = "http://www.jekuntmeer.nl/aanbieder";
        await using var db = await factory.CreateDbContextAsync();
        var aantal = await db.Locaties.CountAsync();

        var uitkomst = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal("Kies minstens één perceel (Meedoen, Meewerken of Meewerken-plus).", uitkomst.FoutBij(LocatieRegels.VeldPercelen));
        Assert.StartsWith("Vul een volledige link naar jekuntmeer.nl in", uitkomst.FoutBij(LocatieRegels.VeldJekuntmeer));
        Assert.Equal(aantal, await db.Locaties.CountAsync());

        gegevens.Percelen = Percelen.Meewerken;
        gegevens.JekuntmeerUrl = "https://www.example.org/aanbieder";
        var andereSite = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));
        Assert.NotNull(andereSite.FoutBij(LocatieRegels.VeldJekuntmeer));
        Assert.Null(andereSite.FoutBij(LocatieRegels.VeldPercelen));
        Assert.Equal(aantal, await db.Locaties.CountAsync());
    }

    [Fact]
    public async Task DuplicateOrganisationName_IsRefused_WhateverItsCase_AndNothingIsStored()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        await using var db = await factory.CreateDbContextAsync();
        var bestaand = await db.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder).Select(o => o.Naam).FirstAsync();
        var aantal = await db.Organisaties.CountAsync();

        var uitkomst = await Beheer(s => s.BewaarAsync(beheerder, null, new OrganisatieGegevens
        {
            Naam = $" {bestaand.ToUpperInvariant()} ",
            Type = OrganisatieType.Aanbieder,
            Website = "geen-link",
        }));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal($"Er is al een organisatie met de naam ‘{bestaand.ToUpperInvariant()}’.", uitkomst.FoutBij(OrganisatieRegels.VeldNaam));
        Assert.Equal("Vul een volledige websitelink in die begint met https://.", uitkomst.FoutBij(OrganisatieRegels.VeldWebsite));
        Assert.Equal(aantal, await db.Organisaties.CountAsync());
    }

    [Fact]
    public async Task EndedOrganisation_EndsItsLocaties_WhichLeaveKaartAndPicker_ButStayReadable()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var lid = await factory.ActorAsync("regievoerder.west@example.org");
        var west = await factory.StadsdeelIdAsync("West");
        var organisatie = await Beheer(s => s.BewaarAsync(beheerder, null, new OrganisatieGegevens
        {
            Naam = $"Eindproef {Guid.NewGuid():N}"[..20],
            Type = OrganisatieType.Aanbieder,
            ActieveStadsdeelIds = [west],
            Website = "https://example.org/",
        }));
        Assert.True(organisatie.Gelukt, organisatie.Fout);
        var gegevens = await NieuweGegevensAsync("Eindlocatie");
        gegevens.OrganisatieId = organisatie.Waarde;
        var locatie = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));
        Assert.True(locatie.Gelukt, locatie.Fout);
        Assert.Contains(await Kaart(s => s.KiesbaarAsync(lid, "Eindlocatie", false)), k => k.Id == locatie.Waarde);

        var beeindigd = await Beheer(s => s.BeeindigAsync(beheerder, organisatie.Waarde));

        Assert.True(beeindigd.Gelukt, beeindigd.Fout);
        Assert.DoesNotContain(await Kaart(s => s.KiesbaarAsync(lid, "Eindlocatie", false)), k => k.Id == locatie.Waarde);
        Assert.DoesNotContain((await Kaart(s => s.ZoekAsync(lid, new AanbodFilter { Zoek = "Eindlocatie" })))!, k => k.Id == locatie.Waarde);
        var detail = await Kaart(s => s.OpenAsync(lid, locatie.Waarde));
        Assert.False(detail!.Kaart.Actief);
        Assert.Equal(["beëindigd"], detail.Wijzigingen[0].Velden);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.Organisaties.AnyAsync(o => o.Id == organisatie.Waarde && !o.Actief && o.BeeindigdOp != null));
    }

    [Fact]
    public async Task EndingTheBeheerdersOwnOrganisation_IsRefused_AndItStaysActive()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var eigen = await OrganisatieVanAsync(beheerder);

        var uitkomst = await Beheer(s => s.BeeindigAsync(beheerder, eigen));

        Assert.Equal("U kunt uw eigen organisatie niet beëindigen.", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.Organisaties.AnyAsync(o => o.Id == eigen && o.Actief && o.BeeindigdOp == null));
    }

    [Fact]
    public async Task QuestionWithAPreferredLocatie_ShowsIt_AndAnOfferOfAnEndedLocatieIsRefused()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var vrager = await factory.ActorAsync("regievoerder.west@example.org");
        var aanbieder = await factory.ActorAsync("aanbieder.west@example.org");
        var gegevens = await NieuweGegevensAsync("Voorkeurplek");
        gegevens.OrganisatieId = await OrganisatieVanAsync(aanbieder);
        var locatie = await Kaart(s => s.BewaarAsync(beheerder, null, gegevens));

        var west = await factory.StadsdeelIdAsync("West");
        var vraag = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = west,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Is er bij deze locatie plek voor iemand die graag met de handen werkt?",
            LocatieId = locatie.Waarde,
        }));
        Assert.True(vraag.Gelukt, vraag.Fout);
        var detail = await factory.MetServiceAsync<AdviesvraagService, AdviesvraagDetail?>(s => s.OpenAsync(vrager, vraag.Waarde));
        Assert.Equal(locatie.Waarde, detail!.VoorkeurLocatie?.Id);

        Assert.True((await Kaart(s => s.BeeindigAsync(beheerder, locatie.Waarde))).Gelukt);
        var aanbod = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.ReageerAsync(aanbieder, vraag.Waarde, new NieuweReactie
        {
            Tekst = "Wij hebben op maandag plek.",
            IsAanbod = true,
            LocatieId = locatie.Waarde,
            WachttijdWeken = 2,
        }));
        Assert.Equal("Een aanbod doet u voor een locatie van uw eigen organisatie. Kies een locatie.", aanbod.Fout);
        var nieuweVraag = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = west,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Nog een vraag over een beëindigde locatie, mag dat?",
            LocatieId = locatie.Waarde,
        }));
        Assert.Equal("De gekozen locatie staat niet (meer) op de sociale kaart. Kies een andere locatie.", nieuweVraag.Fout);
    }

    private async Task<LocatieGegevens> NieuweGegevensAsync(string naam)
    {
        await using var db = await factory.CreateDbContextAsync();
        var organisatie = await db.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder && o.Actief).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        return new LocatieGegevens
        {
            OrganisatieId = organisatie,
            Naam = $"{naam} {Guid.NewGuid():N}"[..(naam.Length + 9)],
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Percelen = Percelen.Meedoen | Percelen.Meewerken,
            DoelgroepIds = [await db.Doelgroepen.Where(d => d.Code == "nah").Select(d => d.Id).SingleAsync()],
            WachttijdIndicatie = Wachttijd.MinderDanMaand,
            JekuntmeerUrl = "https://www.jekuntmeer.nl/",
        };
    }

    private async Task<int> OrganisatieVanAsync(Actor actor)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => m.OrganisatieId).SingleAsync();
    }

    private async Task<string> DoelgroepCodeAsync(int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Doelgroepen.Where(d => d.Id == id).Select(d => d.Code).SingleAsync();
    }

    private async Task<int> AndereLocatieAsync(int nietVan)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Locaties.Where(l => l.OrganisatieId != nietVan && l.Actief && l.Organisatie!.Type == OrganisatieType.Aanbieder).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
    }

    private async Task<LocatieGegevens> GegevensAsync(int locatieId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return LocatieGegevens.Van(await db.Locaties.Include(l => l.Doelgroepen).SingleAsync(l => l.Id == locatieId));
    }
}

public sealed class SqliteSocialeKaartTests(SqlitePortalFactory factory)
    : SocialeKaartTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlSocialeKaartTests(PostgreSqlPortalFactory factory)
    : SocialeKaartTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
