using System.Collections.Concurrent;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Casussen;

/// <summary>Who may do what on the casusbord, concurrency and bad input, on a real database; once per provider.</summary>
public abstract class CasusServiceTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Wpi = "wpi.west@example.org";
    private const string Netwerkmanager = "netwerkmanager.west@example.org";
    private const string Beheerder = "beheerder@example.org";
    private const string RegievoerderOost = "regievoerder.oost@example.org";

    private Task<T> Casussen<T>(Func<CasusService, Task<T>> actie) => factory.MetServiceAsync(actie);

    /// <summary>Plan dates relative to today: the service refuses an evaluatiedatum in the past.</summary>
    private static DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("jaar 1", "na de startdatum")]
    [InlineData("gisteren", "in het verleden")]
    [InlineData("over 7 jaar", "meer dan 5 jaar")]
    [InlineData("jaar 9999", "meer dan 5 jaar")]
    public async Task Plan_WithAnAbsurdOrPastEvaluatiedatum_IsRefusedInDutch_AndNothingIsSaved(string wanneer, string reden)
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var voor = await LaadAsync(id);
        var datum = wanneer switch
        {
            "jaar 1" => new DateOnly(1, 1, 1),
            "gisteren" => Vandaag.AddDays(-1),
            "over 7 jaar" => Vandaag.AddYears(7),
            _ => new DateOnly(9999, 12, 31),
        };

        var uitkomst = await Casussen(s => s.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = Vandaag.AddDays(-30), Evaluatiedatum = datum }, voor.Versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(reden, uitkomst.Fout);
        var na = await LaadAsync(id);
        Assert.Null(na.Ondersteuningsplan);
        Assert.Equal(voor.Versie, na.Versie);
    }

    [Fact]
    public async Task Plan_WithStartInYearOne_IsRefusedInDutch()
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);

        var uitkomst = await Casussen(async s => await s.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = new DateOnly(1, 1, 1) }, (await LaadAsync(id)).Versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains("meer dan 5 jaar", uitkomst.Fout);
    }

    [Theory]
    [InlineData("over 2 jaar", "ligt meer dan 1 jaar vooruit")]
    [InlineData("6 jaar terug", "ligt meer dan 5 jaar terug")]
    [InlineData("jaar 9999", "ligt meer dan 1 jaar vooruit")]
    public async Task Plan_WithAStartOutsideItsWindow_IsRefusedNamingTheWindow_AndNothingIsSaved(string wanneer, string reden)
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var voor = await LaadAsync(id);
        var start = wanneer switch
        {
            "over 2 jaar" => Vandaag.AddYears(2),
            "6 jaar terug" => Vandaag.AddYears(-6),
            _ => DateOnly.MaxValue,
        };

        // No evaluatiedatum: the default (a year after the start) must not be computed from a start that is refused.
        var uitkomst = await Casussen(s => s.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = start }, voor.Versie));

        Assert.False(uitkomst.Gelukt);
        Assert.StartsWith("De startdatum ligt tussen ", uitkomst.Fout);
        Assert.EndsWith(reden + ".", uitkomst.Fout);
        var na = await LaadAsync(id);
        Assert.Null(na.Ondersteuningsplan);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
    }

    private static string NieuwKenmerk() => "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<int> MaakAanAsync(string email = Regievoerder, string stadsdeel = "West", bool spoed = false, int? regievoerderId = null)
    {
        var actor = await factory.ActorAsync(email);
        var invoer = new NieuweCasus
        {
            StadsdeelId = await factory.StadsdeelIdAsync(stadsdeel),
            Kenmerk = NieuwKenmerk(),
            Perceel = Perceel.Meedoen,
            Spoed = spoed,
            RegievoerderId = regievoerderId,
        };
        var uitkomst = await Casussen(s => s.MaakAanAsync(actor, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<Casus> LaadAsync(int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Casussen.AsNoTracking().Include(c => c.Ondersteuningsplan).Include(c => c.Gebeurtenissen).SingleAsync(c => c.Id == id);
    }

    private async Task<int> MedewerkerIdAsync(string email) => (await factory.ActorAsync(email)).MedewerkerId;

    private async Task<int> OrganisatieIdAsync(string email)
    {
        var id = await MedewerkerIdAsync(email);
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Id == id).Select(m => m.OrganisatieId).SingleAsync();
    }

    // --- board ---

    [Fact]
    public async Task Bord_Regievoerder_SeesCardsOfOwnStadsdeel_AndNothingOfAnother()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var west = await factory.StadsdeelIdAsync("West");
        var oost = await factory.StadsdeelIdAsync("Oost");

        var bord = await Casussen(s => s.BordAsync(actor, west, BordFilter.Geen, perKolom: 5));
        Assert.NotNull(bord);
        Assert.False(bord.AlleenAantallen);
        Assert.True(bord.MagVerplaatsen);
        Assert.Equal(Enum.GetValues<WerkprocesStap>().Length, bord.Kolommen.Count);
        Assert.Contains(bord.Kolommen, k => k.Kaarten.Count > 0);
        Assert.All(bord.Kolommen, k => Assert.True(k.Kaarten.Count <= 5 && k.Kaarten.Count <= k.Aantal));
        Assert.All(bord.Kolommen.SelectMany(k => k.Kaarten), kaart => Assert.Equal(west, kaart.StadsdeelId));

        Assert.Null(await Casussen(s => s.BordAsync(actor, oost, BordFilter.Geen)));
    }

    [Fact]
    public async Task Bord_Opened_IsAuditedWithTheCardsShown_ButAReReadAfterALiveEventIsNot()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var west = await factory.StadsdeelIdAsync("West");
        await using var voor = await factory.CreateDbContextAsync();
        var laatste = await voor.AuditRegels.MaxAsync(r => (long?)r.Id) ?? 0;

        var bord = (await Casussen(s => s.BordAsync(actor, west, BordFilter.Geen, perKolom: 2)))!;
        await Casussen(s => s.BordAsync(actor, west, BordFilter.Geen, perKolom: 2, geopend: false));

        await using var db = await factory.CreateDbContextAsync();
        var regel = await db.AuditRegels.SingleAsync(r => r.Id > laatste && r.ObjectSoort == AuditLog.Casusbord && r.MedewerkerId == actor.MedewerkerId);
        Assert.Equal((AuditActie.Bekeken, (int?)west), (regel.Actie, regel.ObjectId));
        Assert.Equal($"Kaarten: casussen {string.Join(",", bord.Kolommen.SelectMany(k => k.Kaarten).Select(k => k.Id))}", regel.Toelichting);
    }

    [Fact]
    public async Task Bord_Netwerkmanager_SeesCountsOnly()
    {
        var actor = await factory.ActorAsync(Netwerkmanager);
        var bord = await Casussen(async s => await s.BordAsync(actor, await factory.StadsdeelIdAsync("West"), BordFilter.Geen));
        Assert.NotNull(bord);
        Assert.True(bord.AlleenAantallen);
        Assert.True(bord.Kolommen.Sum(k => k.Aantal) > 0);
        Assert.All(bord.Kolommen, k => Assert.Empty(k.Kaarten));
        Assert.False(bord.MagVerplaatsen);
    }

    [Fact]
    public async Task Bord_Beheerder_SeesCountsOnly()
    {
        var actor = await factory.ActorAsync(Beheerder);
        var bord = await Casussen(async s => await s.BordAsync(actor, await factory.StadsdeelIdAsync("Oost"), BordFilter.Geen));
        Assert.NotNull(bord);
        Assert.True(bord.AlleenAantallen);
        Assert.All(bord.Kolommen, k => Assert.Empty(k.Kaarten));
    }

    [Fact]
    public async Task Bord_Wpi_SeesNothing()
    {
        var actor = await factory.ActorAsync(Wpi);
        Assert.Null(await Casussen(async s => await s.BordAsync(actor, await factory.StadsdeelIdAsync("West"), BordFilter.Geen)));
    }

    [Fact]
    public async Task Bord_Aanbieder_SeesOnlyCasesInWhichItIsTheAanbieder()
    {
        var eigen = await MaakAanAsync(Aanbieder, regievoerderId: await MedewerkerIdAsync(Regievoerder));
        var anders = await MaakAanAsync(Regievoerder);
        var actor = await factory.ActorAsync(Aanbieder);
        var organisatie = await OrganisatieIdAsync(Aanbieder);

        var bord = await Casussen(async s => await s.BordAsync(actor, await factory.StadsdeelIdAsync("West"), BordFilter.Geen, perKolom: 500));
        Assert.NotNull(bord);
        Assert.False(bord.MagVerplaatsen);
        var kaarten = bord.Kolommen.SelectMany(k => k.Kaarten).ToList();
        Assert.Contains(kaarten, k => k.Id == eigen);
        Assert.DoesNotContain(kaarten, k => k.Id == anders);
        Assert.All(kaarten, k => Assert.Equal(organisatie, k.AanbiederId));
        Assert.Null(await Casussen(s => s.OpenAsync(actor, anders)));
    }

    [Fact]
    public async Task Bord_FiltersOnTheServer()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var west = await factory.StadsdeelIdAsync("West");
        var spoed = await MaakAanAsync(spoed: true);

        var bord = await Casussen(s => s.BordAsync(actor, west, new BordFilter(Spoed: true, Mijn: true), perKolom: 500));
        var kaarten = bord!.Kolommen.SelectMany(k => k.Kaarten).ToList();
        Assert.Contains(kaarten, k => k.Id == spoed);
        Assert.All(kaarten, k => Assert.True(k.Spoed && k.RegievoerderId == actor.MedewerkerId));

        var perceel = await Casussen(s => s.BordAsync(actor, west, new BordFilter(Perceel: Perceel.Meewerken), perKolom: 500));
        Assert.All(perceel!.Kolommen.SelectMany(k => k.Kaarten), k => Assert.Equal(Perceel.Meewerken, k.Perceel));

        var evaluatie = await Casussen(s => s.BordAsync(actor, west, new BordFilter(EvaluatieAanDeBeurt: true), perKolom: 500));
        Assert.DoesNotContain(evaluatie!.Kolommen, k => k.Stap == WerkprocesStap.Aanmelding && k.Aantal > 0);
    }

    [Fact]
    public async Task Meer_PagesAColumnWithoutOverlap()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var west = await factory.StadsdeelIdAsync("West");
        var bord = await Casussen(s => s.BordAsync(actor, west, BordFilter.Geen, perKolom: 3));
        var kolom = bord!.Kolommen.First(k => k.Aantal > 4);
        var meer = await Casussen(s => s.MeerAsync(actor, west, BordFilter.Geen, kolom.Stap, overslaan: 3, aantal: 3));
        Assert.NotEmpty(meer);
        Assert.Empty(meer.Select(k => k.Id).Intersect(kolom.Kaarten.Select(k => k.Id)));
        Assert.All(meer, k => Assert.Equal(kolom.Stap, k.Stap));
    }

    // --- open ---

    [Fact]
    public async Task Open_IsAuditedEveryTime()
    {
        var id = await MaakAanAsync();
        var actor = await factory.ActorAsync(Regievoerder);
        Assert.NotNull(await Casussen(s => s.OpenAsync(actor, id)));
        Assert.NotNull(await Casussen(s => s.OpenAsync(actor, id)));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(2, await db.AuditRegels.CountAsync(a => a.ObjectSoort == AuditLog.Casus && a.ObjectId == id && a.Actie == AuditActie.Bekeken && a.MedewerkerId == actor.MedewerkerId));
    }

    [Theory]
    [InlineData(RegievoerderOost)]
    [InlineData(Netwerkmanager)]
    [InlineData(Wpi)]
    [InlineData(Aanbieder)]
    public async Task Open_WithoutAccess_IsRefusedAndAudited(string email)
    {
        var id = await MaakAanAsync();
        var actor = await factory.ActorAsync(email);
        Assert.Null(await Casussen(s => s.OpenAsync(actor, id)));
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditRegels.AnyAsync(a => a.ObjectId == id && a.ObjectSoort == AuditLog.Casus && a.Resultaat == AuditResultaat.Geweigerd && a.MedewerkerId == actor.MedewerkerId));
    }

    [Fact]
    public async Task Open_TheLinkToTheSourceAdviesvraag_IsShownOnlyToItsAsker()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var vraag = await factory.MetServiceAsync<Features.Netwerk.Vragen.AdviesvraagService, Dagbesteding.Portal.Infrastructure.Uitkomst<int>>(async s => await s.PlaatsAsync(vrager,
            new Features.Netwerk.Vragen.NieuweAdviesvraag
            {
                StadsdeelId = await factory.StadsdeelIdAsync("West"),
                Leeftijdscategorie = Domain.Netwerk.Leeftijdscategorie.Van45Tot67,
                WensAmsterdammer = "Wil graag buiten werken, drie dagen per week.",
                Vraag = "Wie heeft plek voor een man van 50 die graag buiten werkt, drie dagen per week?",
            }));
        Assert.True(vraag.Gelukt, vraag.Fout);
        var id = await MaakAanAsync(Aanbieder, regievoerderId: vrager.MedewerkerId);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Casussen.Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.BronAdviesvraagId, vraag.Waarde));
        }

        Assert.Equal(vraag.Waarde, (await Casussen(s => s.OpenAsync(vrager, id)))!.BronAdviesvraagId);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        Assert.Null((await Casussen(s => s.OpenAsync(aanbieder, id)))!.BronAdviesvraagId);
    }

    // --- move ---

    [Fact]
    public async Task Verplaats_ByRegievoerder_StoresTimelineAndPublishes()
    {
        var id = await MaakAanAsync();
        var casus = await LaadAsync(id);
        var actor = await factory.ActorAsync(Regievoerder);
        using var ontvanger = new LiveOntvanger<BordGebeurtenis>(factory.Services, LiveSleutel.Bord(casus.StadsdeelId));

        var uitkomst = await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, casus.Versie));

        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Assert.Equal(WerkprocesStap.Regiecheck, uitkomst.Waarde!.Kaart.Stap);
        var na = await LaadAsync(id);
        Assert.Equal(WerkprocesStap.Regiecheck, na.Stap);
        Assert.NotEqual(casus.Versie, na.Versie);
        Assert.Contains(na.Gebeurtenissen, g => g.Omschrijving.Contains("naar Regiecheck"));
        // The event carries the card before and after the move, so boards update that one card without a read.
        var gebeurtenis = await ontvanger.WachtOpAsync(g => g.CasusId == id);
        Assert.Equal(WerkprocesStap.Aanmelding, gebeurtenis.Vorige!.Stap);
        Assert.Equal(WerkprocesStap.Regiecheck, gebeurtenis.Kaart!.Stap);
        Assert.Equal(na.Versie, gebeurtenis.Kaart.Versie);
    }

    [Fact]
    public async Task Verplaats_WithAStaleVersion_IsRefusedWithTheLatestState()
    {
        var id = await MaakAanAsync();
        var oud = (await LaadAsync(id)).Versie;
        var actor = await factory.ActorAsync(Regievoerder);
        Assert.True((await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, oud))).Gelukt);

        var tweede = await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Gestopt, oud));

        Assert.Equal(CasusService.VerouderdFout, tweede.Fout);
        Assert.Equal(WerkprocesStap.Regiecheck, tweede.Waarde!.Kaart.Stap);
        Assert.Equal(WerkprocesStap.Regiecheck, (await LaadAsync(id)).Stap);
    }

    [Fact]
    public async Task Verplaats_WithAStaleVersion_ToTheStepItIsAlreadyIn_IsRefusedAsStaleWithTheLatestState()
    {
        // Two tabs saw the casus in Aanmelding; the first moved it. The second is told the card changed (and gets
        // the latest state) before any rule of the move is applied to a state it never saw.
        var id = await MaakAanAsync();
        var oud = (await LaadAsync(id)).Versie;
        var actor = await factory.ActorAsync(Regievoerder);
        Assert.True((await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, oud))).Gelukt);
        var voor = await LaadAsync(id);

        var tweede = await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, oud));

        Assert.False(tweede.Gelukt);
        Assert.Equal(CasusService.VerouderdFout, tweede.Fout);
        Assert.Equal(voor.Versie, tweede.Waarde!.Kaart.Versie);
        Assert.Equal(voor.Gebeurtenissen.Count, (await LaadAsync(id)).Gebeurtenissen.Count);
    }

    [Fact]
    public async Task Verplaats_ConcurrentSaves_OnlyOneWins()
    {
        var id = await MaakAanAsync();
        var versie = (await LaadAsync(id)).Versie;
        var actor = await factory.ActorAsync(Regievoerder);

        var uitkomsten = await Task.WhenAll(
            Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, versie)),
            Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Gestopt, versie)));

        Assert.Single(uitkomsten, u => u.Gelukt);
        Assert.Single(uitkomsten, u => u.Fout == CasusService.VerouderdFout);
    }

    [Fact]
    public async Task Verplaats_AgainstTheRules_IsRefusedAndNothingIsSaved()
    {
        var id = await MaakAanAsync();
        var voor = await LaadAsync(id);
        var actor = await factory.ActorAsync(Regievoerder);

        var uitkomst = await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Beschikken, voor.Versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains("stap voor stap", uitkomst.Fout);
        var na = await LaadAsync(id);
        Assert.Equal(voor.Stap, na.Stap);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
    }

    [Fact]
    public async Task Verplaats_SpoedToLeverenBeforeThePlan_ShowsLeveringOpEigenRisico()
    {
        var id = await MaakAanAsync(spoed: true);
        var actor = await factory.ActorAsync(Regievoerder);
        var uitkomst = await Casussen(async s => await s.VerplaatsAsync(actor, id, WerkprocesStap.LeverenInzet, (await LaadAsync(id)).Versie));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Assert.True(uitkomst.Waarde!.Kaart.OpEigenRisico);
    }

    [Theory]
    [InlineData(Aanbieder)]
    [InlineData(Netwerkmanager)]
    [InlineData(Wpi)]
    [InlineData(RegievoerderOost)]
    [InlineData(Beheerder)]
    public async Task Verplaats_ByAnyoneButARegievoerderOfTheStadsdeel_IsRefused(string email)
    {
        var id = await MaakAanAsync(Aanbieder, regievoerderId: await MedewerkerIdAsync(Regievoerder));
        var voor = await LaadAsync(id);
        var actor = await factory.ActorAsync(email);

        var uitkomst = await Casussen(s => s.VerplaatsAsync(actor, id, WerkprocesStap.Regiecheck, voor.Versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal(voor.Versie, (await LaadAsync(id)).Versie);
    }

    // --- every other operation, refused for a regievoerder of another stadsdeel ---

    [Fact]
    public async Task EveryOperation_OnACaseOfAnotherStadsdeel_IsRefused()
    {
        var id = await MaakAanAsync();
        var versie = (await LaadAsync(id)).Versie;
        var oost = await factory.ActorAsync(RegievoerderOost);
        var collega = await MedewerkerIdAsync(RegievoerderOost);
        var aanbieder = await OrganisatieIdAsync(Aanbieder);

        var uitkomsten = new[]
        {
            await Casussen(s => s.BewaarPlanAsync(oost, id, new PlanInvoer { Startdatum = Vandaag.AddMonths(-1) }, versie)),
            await Casussen(s => s.ToestemmingAsync(oost, id, true, versie)),
            await Casussen(s => s.AanbiederGeraadpleegdAsync(oost, id, versie)),
            await Casussen(s => s.StelPlanVastAsync(oost, id, versie)),
            await Casussen(s => s.SignaleerAsync(oost, id, SignaalSoort.Zorg, null, versie)),
            await Casussen(s => s.WijsRegievoerderToeAsync(oost, id, collega, versie)),
            await Casussen(s => s.WijsAanbiederToeAsync(oost, id, aanbieder, versie)),
        };
        Assert.All(uitkomsten, u => Assert.Equal(CasusService.GeenToegangFout, u.Fout));
        Assert.Equal(versie, (await LaadAsync(id)).Versie);
        Assert.Null(await Casussen(s => s.KaartAsync(oost, id)));
    }

    [Fact]
    public async Task MaakAan_InAnotherStadsdeel_IsRefused()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var invoer = new NieuweCasus { StadsdeelId = await factory.StadsdeelIdAsync("Oost"), Kenmerk = NieuwKenmerk() };
        var uitkomst = await Casussen(s => s.MaakAanAsync(actor, invoer));
        Assert.False(uitkomst.Gelukt);
    }

    [Theory]
    [InlineData(Netwerkmanager)]
    [InlineData(Wpi)]
    public async Task MaakAan_WithoutTheRight_IsRefused(string email)
    {
        var actor = await factory.ActorAsync(email);
        var invoer = new NieuweCasus { StadsdeelId = await factory.StadsdeelIdAsync("West"), Kenmerk = NieuwKenmerk(), RegievoerderId = await MedewerkerIdAsync(Regievoerder) };
        Assert.False((await Casussen(s => s.MaakAanAsync(actor, invoer))).Gelukt);
    }

    [Theory]
    [InlineData("123456782")]
    [InlineData("1234.56.782")]
    public async Task MaakAan_WithABsnLikeKenmerk_IsRefusedAndNothingIsSaved(string kenmerk)
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var invoer = new NieuweCasus { StadsdeelId = await factory.StadsdeelIdAsync("West"), Kenmerk = kenmerk };
        var uitkomst = await Casussen(s => s.MaakAanAsync(actor, invoer));
        Assert.Contains("BSN", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Casussen.AnyAsync(c => c.Kenmerk == kenmerk));
    }

    [Fact]
    public async Task MaakAan_ByAnAanbieder_WithARegievoerderOutsideTheBuurtteam_IsRefused()
    {
        var actor = await factory.ActorAsync(Aanbieder);
        var invoer = new NieuweCasus { StadsdeelId = await factory.StadsdeelIdAsync("West"), Kenmerk = NieuwKenmerk(), RegievoerderId = actor.MedewerkerId };
        var uitkomst = await Casussen(s => s.MaakAanAsync(actor, invoer));
        Assert.Equal("De regievoerder is altijd een medewerker van een buurtteam.", uitkomst.Fout);
    }

    // --- plan ---

    [Fact]
    public async Task Plan_AanbiederInACaseItDidNotCreate_IsRefused()
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var versie = (await Casussen(async s => await s.WijsAanbiederToeAsync(regie, id, await OrganisatieIdAsync(Aanbieder), (await LaadAsync(id)).Versie))).Waarde!.Kaart.Versie;
        var aanbieder = await factory.ActorAsync(Aanbieder);

        var uitkomst = await Casussen(s => s.BewaarPlanAsync(aanbieder, id, new PlanInvoer { Startdatum = Vandaag.AddMonths(-1) }, versie));

        Assert.Contains("zelf heeft aangemaakt", uitkomst.Fout);
        Assert.Null((await LaadAsync(id)).Ondersteuningsplan);
    }

    [Fact]
    public async Task Plan_WithALocatieOfAnotherOrganisationThanTheAanbieder_IsRefused_AndNothingIsSaved()
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var aanbiederId = await OrganisatieIdAsync(Aanbieder);
        var versie = (await Casussen(async s => await s.WijsAanbiederToeAsync(regie, id, aanbiederId, (await LaadAsync(id)).Versie))).Waarde!.Kaart.Versie;
        int andereLocatieId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            andereLocatieId = await db.Locaties.Where(l => l.OrganisatieId != aanbiederId && l.Actief).Select(l => l.Id).FirstAsync();
        }
        var voor = await LaadAsync(id);

        var uitkomst = await Casussen(s => s.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = Vandaag.AddMonths(-1), LocatieId = andereLocatieId }, versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal("Deze locatie hoort niet bij de aanbieder van de casus.", uitkomst.Fout);
        var na = await LaadAsync(id);
        Assert.Null(na.Ondersteuningsplan);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
    }

    [Fact]
    public async Task EveryChange_ByABuurtteamNetwerklidWithoutTheRegievoerderRole_IsRefused_AndNothingIsSaved()
    {
        // A buurtteam colleague who sees the board (Netwerklid) but holds no regie: sees cards, changes nothing.
        var id = await MaakAanAsync();
        int collegaId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var west = await factory.KanaalIdAsync("West");
            collegaId = await db.Medewerkers.Where(m => m.Actief && m.Organisatie!.Type == OrganisatieType.Buurtteamorganisatie
                    && !db.Users.Any(u => u.MedewerkerId == m.Id)
                    && db.Lidmaatschappen.Any(l => l.MedewerkerId == m.Id && l.KanaalId == west && l.AfgemeldOp == null))
                .Select(m => m.Id).FirstAsync();
        }
        var collega = new Actor(collegaId, null, [Domain.Rollen.Netwerklid]);
        var versie = (await LaadAsync(id)).Versie;
        var aanbiederId = await OrganisatieIdAsync(Aanbieder);
        var regievoerderId = await MedewerkerIdAsync(Regievoerder);

        var nieuw = new NieuweCasus { StadsdeelId = await factory.StadsdeelIdAsync("West"), Kenmerk = NieuwKenmerk(), RegievoerderId = regievoerderId };
        Assert.Equal("U kunt in dit stadsdeel geen casus aanmaken.", (await Casussen(s => s.MaakAanAsync(collega, nieuw))).Fout);
        Assert.Equal("U kunt het ondersteuningsplan van deze casus niet invullen.",
            (await Casussen(s => s.BewaarPlanAsync(collega, id, new PlanInvoer { Startdatum = Vandaag.AddMonths(-1) }, versie))).Fout);
        Assert.Equal("Alleen het buurtteam registreert de toestemming van de Amsterdammer.",
            (await Casussen(s => s.ToestemmingAsync(collega, id, true, versie))).Fout);
        Assert.Equal("Alleen de regievoerder legt vast dat de aanbieder is geraadpleegd.",
            (await Casussen(s => s.AanbiederGeraadpleegdAsync(collega, id, versie))).Fout);
        Assert.Equal("Alleen een regievoerder van het buurtteam draagt de regie over.",
            (await Casussen(s => s.WijsRegievoerderToeAsync(collega, id, collegaId, versie))).Fout);
        Assert.Equal("Alleen de regievoerder bepaalt welke aanbieder inzet levert.",
            (await Casussen(s => s.WijsAanbiederToeAsync(collega, id, aanbiederId, versie))).Fout);
        Assert.Equal("Alleen de aanbieder van de casus en het buurtteam geven signalen.",
            (await Casussen(s => s.SignaleerAsync(collega, id, SignaalSoort.Zorg, null, versie))).Fout);

        var casus = await LaadAsync(id);
        Assert.Equal(versie, casus.Versie);
        Assert.Null(casus.Ondersteuningsplan);
        Assert.Null(casus.AanbiederId);
        Assert.Equal(regievoerderId, casus.RegievoerderId);
    }

    [Fact]
    public async Task Plan_AanbiederInItsOwnCase_IsStored_WithDefaultEvaluatiedatum_AndTheRegievoerderIsTold()
    {
        var regievoerderId = await MedewerkerIdAsync(Regievoerder);
        var id = await MaakAanAsync(Aanbieder, regievoerderId: regievoerderId);
        var aanbieder = await factory.ActorAsync(Aanbieder);

        var uitkomst = await Casussen(async s => await s.BewaarPlanAsync(aanbieder, id,
            new PlanInvoer { Perceel = Perceel.Meewerken, Startdatum = Vandaag.AddMonths(-1), PlanDoor = Partij.Aanbieder }, (await LaadAsync(id)).Versie));

        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Assert.Equal(Vandaag.AddMonths(-1).AddYears(1), uitkomst.Waarde!.Plan!.Evaluatiedatum);
        Assert.Equal(Partij.Aanbieder, uitkomst.Waarde.Plan.PlanDoor);
        Assert.False(uitkomst.Waarde.Rechten.Vaststellen);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.Meldingen.AnyAsync(m => m.MedewerkerId == regievoerderId && m.Link == $"/casussen/{id}"));
    }

    [Fact]
    public async Task Akkoord_NeedsToestemmingAndConsultation_AndWithdrawingShowsOnTheCard()
    {
        var west = await factory.StadsdeelIdAsync("West");
        using var ontvanger = new LiveOntvanger<BordGebeurtenis>(factory.Services, LiveSleutel.Bord(west));
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var versie = (await LaadAsync(id)).Versie;
        var aanbiederId = await OrganisatieIdAsync(Aanbieder);
        async Task<CasusDetail> Stap(Func<CasusService, Guid, Task<Dagbesteding.Portal.Infrastructure.Uitkomst<CasusDetail>>> actie, string? verwachteFout = null)
        {
            var uitkomst = await Casussen(s => actie(s, versie));
            if (verwachteFout is null)
            {
                Assert.True(uitkomst.Gelukt, uitkomst.Fout);
            }
            else
            {
                Assert.Contains(verwachteFout, uitkomst.Fout);
            }
            versie = uitkomst.Waarde!.Kaart.Versie;
            return uitkomst.Waarde;
        }

        await Stap((s, v) => s.WijsAanbiederToeAsync(regie, id, aanbiederId, v));
        await Stap((s, v) => s.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = Vandaag.AddMonths(-1) }, v));
        await Stap((s, v) => s.StelPlanVastAsync(regie, id, v), "toestemming");
        await Stap((s, v) => s.ToestemmingAsync(regie, id, true, v));
        await Stap((s, v) => s.StelPlanVastAsync(regie, id, v), "geraadpleegd");
        await Stap((s, v) => s.AanbiederGeraadpleegdAsync(regie, id, v));
        var akkoord = await Stap((s, v) => s.StelPlanVastAsync(regie, id, v));
        Assert.Equal(PlanStatus.Akkoord, akkoord.Plan!.Status);

        var ingetrokken = await Stap((s, v) => s.ToestemmingAsync(regie, id, false, v));
        Assert.True(ingetrokken.Kaart.ToestemmingIngetrokken);
        Assert.NotNull(ingetrokken.Plan!.ToestemmingIngetrokkenOp);
        Assert.Contains(ingetrokken.Tijdlijn, t => t.Omschrijving.Contains("ingetrokken"));
        // One board event per stored change (creation + six changes), none for the two refusals.
        // A sentinel published after the last change proves that everything published before it has arrived.
        var sentinel = new BordGebeurtenis(west, int.MaxValue, "sentinel", DateTimeOffset.UtcNow);
        factory.Services.GetRequiredService<IRealtimePublisher>().Publiceer(sentinel);
        await ontvanger.WachtOpAsync(g => g == sentinel);
        Assert.Equal(7, ontvanger.Ontvangen.Count(g => g.CasusId == id));
    }

    // --- handovers and signals ---

    [Fact]
    public async Task Regievoerder_OutsideTheBuurtteam_IsRefused_AndAWarmHandoverNotifiesBoth()
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var versie = (await LaadAsync(id)).Versie;

        var fout = await Casussen(async s => await s.WijsRegievoerderToeAsync(regie, id, await MedewerkerIdAsync(Aanbieder), versie));
        Assert.Equal("De regievoerder is altijd een medewerker van een buurtteam.", fout.Fout);

        int collega;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var organisatie = await OrganisatieIdAsync(Regievoerder);
            collega = await db.Medewerkers.Where(m => m.OrganisatieId == organisatie && m.Id != regie.MedewerkerId && m.Actief).Select(m => m.Id).FirstAsync();
        }
        var uitkomst = await Casussen(s => s.WijsRegievoerderToeAsync(regie, id, collega, versie));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        await using var db2 = await factory.CreateDbContextAsync();
        Assert.True(await db2.Meldingen.AnyAsync(m => m.MedewerkerId == regie.MedewerkerId && m.Link == $"/casussen/{id}"));
        Assert.True(await db2.Meldingen.AnyAsync(m => m.MedewerkerId == collega && m.Link == $"/casussen/{id}"));
    }

    [Fact]
    public async Task Aanbieder_TheBuurtteamsOwnOrganisation_IsRefused_AndTheCaseKeepsItsAanbieder()
    {
        var id = await MaakAanAsync();
        var regie = await factory.ActorAsync(Regievoerder);
        var aanbiederId = await OrganisatieIdAsync(Aanbieder);
        var gekozen = await Casussen(async s => await s.WijsAanbiederToeAsync(regie, id, aanbiederId, (await LaadAsync(id)).Versie));
        Assert.True(gekozen.Gelukt, gekozen.Fout);
        var versie = gekozen.Waarde!.Kaart.Versie;
        var buurtteamId = await OrganisatieIdAsync(Regievoerder);

        var uitkomst = await Casussen(s => s.WijsAanbiederToeAsync(regie, id, buurtteamId, versie));

        Assert.Equal("Kies als aanbieder een aanbieder van dagbesteding.", uitkomst.Fout);
        var casus = await LaadAsync(id);
        Assert.Equal(versie, casus.Versie);
        Assert.Equal(aanbiederId, casus.AanbiederId);
    }

    [Fact]
    public async Task Signaal_ByTheAanbieder_TemporaryStopSetsTheFlag()
    {
        var id = await MaakAanAsync(Aanbieder, spoed: true, regievoerderId: await MedewerkerIdAsync(Regievoerder));
        var regie = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var versie = (await Casussen(async s => await s.VerplaatsAsync(regie, id, WerkprocesStap.LeverenInzet, (await LaadAsync(id)).Versie))).Waarde!.Kaart.Versie;

        var naam = await Casussen(s => s.SignaleerAsync(aanbieder, id, SignaalSoort.TijdelijkeStop, "Jan de Vries is ziek", versie));
        Assert.False(naam.Gelukt);

        var uitkomst = await Casussen(s => s.SignaleerAsync(aanbieder, id, SignaalSoort.TijdelijkeStop, "Een paar weken ziek", versie));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Assert.True(uitkomst.Waarde!.Kaart.TijdelijkGestopt);
        Assert.Single(uitkomst.Waarde.Signalen);
    }

    [Fact]
    public async Task Signaal_WithAToelichtingOverTheMaximum_IsRefused_AndNothingIsSaved()
    {
        var id = await MaakAanAsync(Aanbieder, spoed: true, regievoerderId: await MedewerkerIdAsync(Regievoerder));
        var regie = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var versie = (await Casussen(async s => await s.VerplaatsAsync(regie, id, WerkprocesStap.LeverenInzet, (await LaadAsync(id)).Versie))).Waarde!.Kaart.Versie;
        var teLang = string.Concat(Enumerable.Repeat("Een paar weken ziek. ", 30)).Trim();
        Assert.True(teLang.Length > CasusService.SignaalMaxLengte);

        var uitkomst = await Casussen(s => s.SignaleerAsync(aanbieder, id, SignaalSoort.TijdelijkeStop, teLang, versie));

        Assert.False(uitkomst.Gelukt);
        Assert.Equal($"De toelichting is te lang (hoogstens {CasusService.SignaalMaxLengte} tekens).", uitkomst.Fout);
        var na = await LaadAsync(id);
        Assert.False(na.TijdelijkGestopt);
        Assert.Equal(versie, na.Versie);
    }

    [Fact]
    public async Task Signaal_ATemporaryStopOutsideLeverenInzet_OrAHervatWithoutAStop_IsRefused_AndNothingIsSaved()
    {
        var id = await MaakAanAsync(Aanbieder, regievoerderId: await MedewerkerIdAsync(Regievoerder));
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var voor = await LaadAsync(id);
        Assert.Equal(WerkprocesStap.Aanmelding, voor.Stap);

        var stop = await Casussen(s => s.SignaleerAsync(aanbieder, id, SignaalSoort.TijdelijkeStop, "Een paar weken ziek", voor.Versie));
        var hervat = await Casussen(s => s.SignaleerAsync(aanbieder, id, SignaalSoort.Hervat, "Weer beter", voor.Versie));

        Assert.False(stop.Gelukt);
        Assert.Equal("Een tijdelijke stop kan alleen tijdens Leveren inzet.", stop.Fout);
        Assert.False(hervat.Gelukt);
        Assert.Equal("De levering is niet tijdelijk gestopt; er is niets te hervatten.", hervat.Fout);
        var na = await LaadAsync(id);
        Assert.False(na.TijdelijkGestopt);
        Assert.Equal(voor.Versie, na.Versie);
        Assert.Equal(voor.Gebeurtenissen.Count, na.Gebeurtenissen.Count);
    }
}

public sealed class SqliteCasusServiceTests(SqlitePortalFactory factory)
    : CasusServiceTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlCasusServiceTests(PostgreSqlPortalFactory factory)
    : CasusServiceTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
