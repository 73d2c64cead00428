using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Overleg;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>The casuïstiekoverleg of a stadsdeel: planning, the agenda, what each member sees of it, and the outcome.</summary>
public abstract class OverlegTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Netwerkmanager = "netwerkmanager.west@example.org";
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";

    private Task<T> Overleg<T>(Func<OverlegService, Task<T>> actie) => factory.MetServiceAsync(actie);

    [Fact]
    public async Task Plannen_OnlyByTheNetwerkmanager_InTheFuture_AndInTheirOwnChannel()
    {
        var west = await factory.KanaalIdAsync("West");
        // Zuid: a channel that no test here lets these people join.
        var oost = await factory.KanaalIdAsync("Zuid");
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var volgendeMaand = DateTime.UtcNow.AddDays(30).Date.AddHours(14);

        var gepland = await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = west, Datum = volgendeMaand, Plaats = "Buurthuis De Meevaart" }));
        Assert.True(gepland.Gelukt, gepland.Fout);
        Assert.Equal(Overlegregels.AlleenNetwerkmanagerPlant,
            (await Overleg(s => s.PlanAsync(regievoerder, new NieuwOverleg { KanaalId = west, Datum = volgendeMaand, Plaats = "Buurthuis" }))).Fout);
        // Yesterday is outside the shared date window; earlier today is inside it, but a moment that has passed.
        Assert.EndsWith("ligt in het verleden.",
            (await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = west, Datum = VandaagInAmsterdam().AddDays(-1), Online = true }))).Fout);
        Assert.Equal(Overlegregels.DatumInVerleden,
            (await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = west, Datum = VandaagInAmsterdam(), Online = true }))).Fout);
        Assert.Equal(Overlegregels.GeenLid,
            (await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = oost, Datum = volgendeMaand, Online = true }))).Fout);

        var overzicht = await Overleg(s => s.OverzichtAsync(regievoerder, west));
        var regel = Assert.Single(overzicht!.Overleggen, o => o.Id == gepland.Waarde);
        Assert.Equal("Buurthuis De Meevaart", regel.Plaats);
        Assert.False(overzicht.MagPlannen);
        Assert.Null(await Overleg(s => s.OverzichtAsync(regievoerder, oost)));
    }

    /// <summary>00:00 today in Amsterdam, as the page sends it (a local date and time).</summary>
    private static DateTime VandaagInAmsterdam() =>
        Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow).ToDateTime(TimeOnly.MinValue);

    [Theory]
    [InlineData("over twee jaar", "ligt meer dan 1 jaar vooruit.")]
    [InlineData("jaar 9999", "ligt meer dan 1 jaar vooruit.")]
    [InlineData("jaar 1", "ligt in het verleden.")]
    public async Task Plannen_OnADayOutsideTheDateWindow_IsRefusedNamingTheWindow_AndNothingIsStored(string wanneer, string reden)
    {
        var west = await factory.KanaalIdAsync("West");
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        var datum = wanneer switch
        {
            "over twee jaar" => VandaagInAmsterdam().AddYears(2).AddHours(14),
            "jaar 9999" => DateTime.MaxValue,
            _ => DateTime.MinValue,
        };
        await using var voor = await factory.CreateDbContextAsync();
        var aantal = await voor.Overleggen.CountAsync(o => o.KanaalId == west);

        var uitkomst = await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = west, Datum = datum, Plaats = "Buurthuis" }));

        Assert.False(uitkomst.Gelukt);
        Assert.StartsWith("De datum van het overleg ligt tussen ", uitkomst.Fout);
        Assert.EndsWith(reden, uitkomst.Fout);
        await using var na = await factory.CreateDbContextAsync();
        Assert.Equal(aantal, await na.Overleggen.CountAsync(o => o.KanaalId == west));
    }

    [Fact]
    public async Task Agenda_TakesAnExpiredQuestionAndACaseByKenmerk_SuggestsTheOtherExpiredOnes_AndRefusesTwiceOrAnotherStadsdeel()
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var overleg = await PlanAsync();
        var verlopen = await VerlopenVraagAsync(regievoerder, "West");
        var andereVerlopen = await VerlopenVraagAsync(regievoerder, "West");
        var casus = await CasusInAsync("West");

        var vraagPunt = await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = verlopen, Toelichting = "Niemand reageerde." }));
        Assert.True(vraagPunt.Gelukt, vraagPunt.Fout);
        var casusPunt = await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { CasusKenmerk = $"  {casus.Kenmerk} " }));
        Assert.True(casusPunt.Gelukt, casusPunt.Fout);
        Assert.Equal(Overlegregels.AlOpAgenda, (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = verlopen }))).Fout);
        Assert.Equal(Overlegregels.AlOpAgenda, (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { CasusKenmerk = casus.Kenmerk }))).Fout);
        Assert.Equal(Overlegregels.PreciesEen, (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt()))).Fout);
        Assert.Equal("Er is geen casus met dit kenmerk die u mag zien.",
            (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { CasusKenmerk = "BESTAAT-NIET-0000" }))).Fout);

        // A question from Oost, by someone who is a member of both channels, does not belong on West's agenda.
        await LidVanAsync(regievoerder, "Oost");
        var uitOost = await VerlopenVraagAsync(regievoerder, "Oost");
        Assert.Equal(Overlegregels.AndereStadsdeel, (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = uitOost }))).Fout);

        var agenda = await Overleg(s => s.OpenAsync(regievoerder, overleg));
        Assert.Equal([verlopen, null], agenda!.Punten.Select(p => p.AdviesvraagId));
        Assert.Equal(casus.Kenmerk, agenda.Punten[1].CasusKenmerk);
        Assert.Equal("Niemand reageerde.", agenda.Punten[0].Toelichting);
        Assert.Contains(agenda.Suggesties, s => s.AdviesvraagId == andereVerlopen);
        Assert.DoesNotContain(agenda.Suggesties, s => s.AdviesvraagId == verlopen);
        Assert.DoesNotContain(agenda.Suggesties, s => s.AdviesvraagId == uitOost);

        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectSoort == "Overleg" && r.ObjectId == overleg && r.Actie == AuditActie.Bekeken
            && r.MedewerkerId == regievoerder.MedewerkerId));
    }

    [Fact]
    public async Task ACaseOnTheAgenda_ShowsItsKenmerkOnlyToWhoMaySeeTheCase()
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var overleg = await PlanAsync();
        var casus = await CasusInAsync("West", nietVanOrganisatieVan: aanbieder.MedewerkerId);
        Assert.True((await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { CasusKenmerk = casus.Kenmerk, Toelichting = "Loopt vast." }))).Gelukt);

        var zicht = await Overleg(s => s.OpenAsync(aanbieder, overleg));

        var punt = Assert.Single(zicht!.Punten);
        Assert.False(punt.Zichtbaar);
        Assert.Null(punt.CasusKenmerk);
        Assert.Null(punt.CasusId);
        Assert.Null(punt.Toelichting);
        Assert.False(punt.MagUitkomstVastleggen);
        Assert.Equal("Er is geen casus met dit kenmerk die u mag zien.",
            (await Overleg(s => s.VoegPuntToeAsync(aanbieder, overleg, new NieuwOverlegPunt { CasusKenmerk = casus.Kenmerk }))).Fout);
    }

    [Fact]
    public async Task Uitkomst_AfterTheMeeting_ByWhoAddedItOrTheNetwerkmanager_IsShownOnTheQuestionAndTheCase()
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        var overleg = await PlanAsync();
        var vraag = await VerlopenVraagAsync(regievoerder, "West");
        var casus = await CasusInAsync("West");
        var vraagPunt = (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = vraag }))).Waarde;
        var casusPunt = (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { CasusKenmerk = casus.Kenmerk }))).Waarde;

        Assert.Equal(Overlegregels.NogNietGeweest, (await Overleg(s => s.LegUitkomstVastAsync(regievoerder, vraagPunt, "Zorgboerderij benaderen."))).Fout);
        await ZetInVerledenAsync(overleg);
        Assert.Equal(Overlegregels.AlleenNetwerkmanagerOfIndiener, (await Overleg(s => s.LegUitkomstVastAsync(aanbieder, vraagPunt, "Wij nemen contact op."))).Fout);
        var metNaam = await Overleg(s => s.LegUitkomstVastAsync(regievoerder, vraagPunt, "Mevrouw Yilmaz belt de zorgboerderij."));
        Assert.NotEmpty(metNaam.Bevindingen);
        Assert.Equal(AlGeweestPunt(), (await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = vraag }))).Fout);

        var doorIndiener = await Overleg(s => s.LegUitkomstVastAsync(regievoerder, vraagPunt, "Eerst navragen bij de zorgboerderijen."));
        Assert.True(doorIndiener.Gelukt, doorIndiener.Fout);
        // The netwerkmanager sees numbers of cases, never a kenmerk: the case's outcome is written by who may see it.
        Assert.Equal(Overlegregels.CasusNietZichtbaar, (await Overleg(s => s.LegUitkomstVastAsync(netwerkmanager, casusPunt, "Warme overdracht."))).Fout);
        var opCasusPunt = await Overleg(s => s.LegUitkomstVastAsync(regievoerder, casusPunt, "Warme overdracht naar een andere aanbieder."));
        Assert.True(opCasusPunt.Gelukt, opCasusPunt.Fout);
        var doorNetwerkmanager = await Overleg(s => s.LegUitkomstVastAsync(netwerkmanager, vraagPunt, "De netwerkmanager benadert twee zorgboerderijen."));
        Assert.True(doorNetwerkmanager.Gelukt, doorNetwerkmanager.Fout);

        var opVraag = await factory.MetServiceAsync<AdviesvraagService, AdviesvraagDetail?>(s => s.OpenAsync(regievoerder, vraag));
        var bespreking = Assert.Single(opVraag!.Besprekingen);
        Assert.Equal((overleg, "De netwerkmanager benadert twee zorgboerderijen."), (bespreking.OverlegId, bespreking.Uitkomst));
        var opCasus = await factory.MetServiceAsync<CasusService, CasusDetail?>(s => s.OpenAsync(regievoerder, casus.Id));
        Assert.Equal("Warme overdracht naar een andere aanbieder.", Assert.Single(opCasus!.Besprekingen).Uitkomst);
    }

    [Fact]
    public async Task Plannen_WithPersonalDataInThePlaats_IsRefusedWithTheFinding_AndNothingIsStored()
    {
        var west = await factory.KanaalIdAsync("West");
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        await using var db = await factory.CreateDbContextAsync();
        var voor = await db.Overleggen.CountAsync();

        var uitkomst = await Overleg(s => s.PlanAsync(netwerkmanager,
            new NieuwOverleg { KanaalId = west, Datum = DateTime.UtcNow.AddDays(30).Date.AddHours(14), Plaats = "Bel eerst 06-12345678 voor de sleutel" }));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(uitkomst.Bevindingen, b => b.Soort == "Telefoon");
        Assert.Equal(voor, await db.Overleggen.CountAsync());
    }

    [Fact]
    public async Task Agenda_WithPersonalDataInTheToelichting_IsRefusedWithTheFinding_AndNothingIsStored()
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var overleg = await PlanAsync();
        var vraag = await VerlopenVraagAsync(regievoerder, "West");

        var uitkomst = await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg,
            new NieuwOverlegPunt { AdviesvraagId = vraag, Toelichting = "Zijn moeder is bereikbaar op 06-12345678." }));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(uitkomst.Bevindingen, b => b.Soort == "Telefoon");
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.OverlegPunten.AnyAsync(p => p.OverlegId == overleg));
    }

    [Fact]
    public async Task Agenda_AQuestionFromAChannelTheMemberIsNotIn_IsRefusedAsIfItDidNotExist()
    {
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var oost = await factory.ActorAsync("regievoerder.oost@example.org");
        var overleg = await PlanAsync();
        var uitOost = await VerlopenVraagAsync(oost, "Oost");

        var uitkomst = await Overleg(s => s.VoegPuntToeAsync(aanbieder, overleg, new NieuwOverlegPunt { AdviesvraagId = uitOost }));

        Assert.Equal("Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.OverlegPunten.AnyAsync(p => p.OverlegId == overleg));
    }

    [Theory]
    [InlineData(Overlegregels.PlaatsMinimaal - 1)]
    [InlineData(Overlegregels.PlaatsMaximaal + 1)]
    public async Task Plannen_WithAPlaatsOutsideTheLengthLimits_IsRefusedNamingTheLimits_AndNothingIsStored(int lengte)
    {
        var west = await factory.KanaalIdAsync("West");
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        await using var voor = await factory.CreateDbContextAsync();
        var aantal = await voor.Overleggen.CountAsync(o => o.KanaalId == west);

        var uitkomst = await Overleg(s => s.PlanAsync(netwerkmanager,
            new NieuwOverleg { KanaalId = west, Datum = DateTime.UtcNow.AddDays(30).Date.AddHours(14), Plaats = TekstVan(lengte) }));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal("Vul de plaats in (of kies online): 2 tot 200 tekens.", uitkomst.Fout);
        await using var na = await factory.CreateDbContextAsync();
        Assert.Equal(aantal, await na.Overleggen.CountAsync(o => o.KanaalId == west));
    }

    [Fact]
    public async Task Agenda_WithAToelichtingOverTheMaximum_IsRefusedNamingTheLength_AndNothingIsStored()
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var overleg = await PlanAsync();
        var vraag = await VerlopenVraagAsync(regievoerder, "West");

        var uitkomst = await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg,
            new NieuwOverlegPunt { AdviesvraagId = vraag, Toelichting = TekstVan(Overlegregels.ToelichtingMaximaal + 1) }));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal("De toelichting is te lang: maximaal 500 tekens (nu 501).", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.OverlegPunten.AnyAsync(p => p.OverlegId == overleg));
    }

    [Theory]
    [InlineData(Overlegregels.UitkomstMinimaal - 1)]
    [InlineData(Overlegregels.UitkomstMaximaal + 1)]
    public async Task Uitkomst_OutsideTheLengthLimits_IsRefusedNamingTheLimits_AndTheEarlierOutcomeIsUnchanged(int lengte)
    {
        var regievoerder = await factory.ActorAsync(Regievoerder);
        var overleg = await PlanAsync();
        var vraag = await VerlopenVraagAsync(regievoerder, "West");
        var punt = await Overleg(s => s.VoegPuntToeAsync(regievoerder, overleg, new NieuwOverlegPunt { AdviesvraagId = vraag }));
        Assert.True(punt.Gelukt, punt.Fout);
        await ZetInVerledenAsync(overleg);
        var eerder = await Overleg(s => s.LegUitkomstVastAsync(regievoerder, punt.Waarde, "Eerst navragen bij de zorgboerderijen."));
        Assert.True(eerder.Gelukt, eerder.Fout);
        await using var voor = await factory.CreateDbContextAsync();
        var vastgelegdOp = (await voor.OverlegPunten.SingleAsync(p => p.Id == punt.Waarde)).UitkomstOp;

        var uitkomst = await Overleg(s => s.LegUitkomstVastAsync(regievoerder, punt.Waarde, TekstVan(lengte)));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal($"Beschrijf de uitkomst in 5 tot 1000 tekens (nu {lengte}).", uitkomst.Fout);
        await using var na = await factory.CreateDbContextAsync();
        var opgeslagen = await na.OverlegPunten.SingleAsync(p => p.Id == punt.Waarde);
        Assert.Equal("Eerst navragen bij de zorgboerderijen.", opgeslagen.Uitkomst);
        Assert.Equal(vastgelegdOp, opgeslagen.UitkomstOp);
    }

    /// <summary>Plain lower-case words of exactly <paramref name="lengte"/> characters, nothing to trim and no personal data.</summary>
    private static string TekstVan(int lengte)
    {
        var tekst = string.Concat(Enumerable.Repeat("overleg in het buurthuis ", lengte / 25 + 1))[..lengte];
        return tekst.EndsWith(' ') ? tekst[..^1] + "." : tekst;
    }

    private static string AlGeweestPunt() => Overlegregels.AlGeweest;

    private async Task<int> PlanAsync()
    {
        var netwerkmanager = await factory.ActorAsync(Netwerkmanager);
        var west = await factory.KanaalIdAsync("West");
        var uitkomst = await Overleg(s => s.PlanAsync(netwerkmanager, new NieuwOverleg { KanaalId = west, Datum = DateTime.UtcNow.AddDays(20), Online = true }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<int> VerlopenVraagAsync(Actor vrager, string stadsdeel)
    {
        var stadsdeelId = await factory.StadsdeelIdAsync(stadsdeel);
        var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = stadsdeelId,
            Leeftijdscategorie = Leeftijdscategorie.Van45Tot67,
            WensAmsterdammer = "Wil graag met dieren werken, buiten de stad.",
            Vraag = "Wie kent een zorgboerderij met vervoer vanuit de stad voor iemand van 50?",
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == uitkomst.Waarde);
        vraag.Status = AdviesvraagStatus.Verlopen;
        vraag.VerlopenOp = DateTimeOffset.UtcNow.AddDays(-1);
        await db.SaveChangesAsync();
        return vraag.Id;
    }

    private async Task<(int Id, string Kenmerk)> CasusInAsync(string stadsdeel, int? nietVanOrganisatieVan = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        int? organisatie = nietVanOrganisatieVan is { } m ? await db.Medewerkers.Where(x => x.Id == m).Select(x => x.OrganisatieId).SingleAsync() : null;
        var casus = await db.Casussen.Where(c => c.Stadsdeel!.Naam == stadsdeel && (organisatie == null || c.AanbiederId != organisatie))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Kenmerk }).ToListAsync();
        // Each test takes another case: the tests share one database, and a case goes on one agenda once.
        var gekozen = casus[Interlocked.Increment(ref _casusTeller) % casus.Count];
        return (gekozen.Id, gekozen.Kenmerk);
    }

    private static int _casusTeller;

    private async Task LidVanAsync(Actor actor, string stadsdeel)
    {
        var kanaal = await factory.KanaalIdAsync(stadsdeel);
        await using var db = await factory.CreateDbContextAsync();
        if (!await db.Lidmaatschappen.AnyAsync(l => l.KanaalId == kanaal && l.MedewerkerId == actor.MedewerkerId && l.AfgemeldOp == null))
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = kanaal, MedewerkerId = actor.MedewerkerId, Vanaf = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
        }
    }

    private async Task ZetInVerledenAsync(int overlegId)
    {
        await using var db = await factory.CreateDbContextAsync();
        var overleg = await db.Overleggen.SingleAsync(o => o.Id == overlegId);
        overleg.Datum = DateTimeOffset.UtcNow.AddHours(-2);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteOverlegTests(SqlitePortalFactory factory)
    : OverlegTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlOverlegTests(PostgreSqlPortalFactory factory)
    : OverlegTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
