using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>
/// The spelregels of the channel at the service: the wish first, the buurtteam's regie over the decision, the
/// confirmations within the termijn and with a double offer, and the explicit close. A refusal stores nothing.
/// </summary>
public abstract class SpelregelsTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Wpi = "wpi.west@example.org";

    private Task<T> Vragen<T>(Func<AdviesvraagService, Task<T>> actie) => factory.MetServiceAsync(actie);

    [Fact]
    public async Task Plaats_WithoutAWish_IsRefusedInDutch_AndAWishWithAName_IsRefusedWithItsFinding()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var west = await WestAsync();
        var zonder = await Vragen(s => s.PlaatsAsync(actor, Invoer(west, wens: "  ")));
        Assert.Equal("De wens van de Amsterdammer is te kort: schrijf minstens 10 tekens.", zonder.Fout);

        const string metNaam = "Mevrouw Yilmaz wil graag koken met anderen.";
        var metNaamUitkomst = await Vragen(s => s.PlaatsAsync(actor, Invoer(0, wens: metNaam)));
        Assert.False(metNaamUitkomst.Gelukt);
        Assert.Equal(metNaam, metNaamUitkomst.GecontroleerdeTekst);
        Assert.Contains(metNaamUitkomst.Bevindingen, b => b.Soort == "Naam" && metNaam[b.Start..b.Einde] == "Yilmaz");

        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Adviesvragen.AnyAsync(a => a.WensAmsterdammer == metNaam));
    }

    [Fact]
    public async Task Plaats_StoresTheWish_AndTheCardCarriesIt()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var id = await PlaatsAsync(actor, "Wil graag met dieren werken, op een boerderij.");

        var detail = await Vragen(s => s.OpenAsync(actor, id));

        Assert.Equal("Wil graag met dieren werken, op een boerderij.", detail!.Kaart.WensAmsterdammer);
    }

    [Fact]
    public async Task Besluit_WithinTheTermijn_NeedsTheConfirmationThatEveryoneWasHeard_AndAfterItNot()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var binnen = await PlaatsAsync(vrager);

        var onbevestigd = await Vragen(s => s.BesluitAsync(vrager, binnen, new NieuwBesluit { Toelichting = "Toch zelf iets gevonden." }));
        Assert.Equal(Besluitregels.BevestigGehoord, onbevestigd.Fout);
        Assert.Equal(AdviesvraagStatus.Open, await StatusAsync(binnen));

        var bevestigd = await Vragen(s => s.BesluitAsync(vrager, binnen, new NieuwBesluit { Toelichting = "Toch zelf iets gevonden.", IedereenGehoord = true }));
        Assert.True(bevestigd.Gelukt, bevestigd.Fout);

        var na = await PlaatsAsync(vrager);
        await ZetDeadlineInVerledenAsync(na);
        var naTermijn = await Vragen(s => s.BesluitAsync(vrager, na, new NieuwBesluit { Toelichting = "Geen aanbod gekomen, verder buiten het kanaal." }));
        Assert.True(naTermijn.Gelukt, naTermijn.Fout);

        await using var db = await factory.CreateDbContextAsync();
        var besloten = await db.Adviesvragen.SingleAsync(a => a.Id == binnen);
        Assert.Equal(Afsluiting.Besluit, besloten.Afsluiting);
        Assert.Equal(vrager.MedewerkerId, besloten.BesluitDoorId);
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectSoort == "Adviesvraag" && r.ObjectId == binnen
            && r.Toelichting == "Besluit vastgelegd, binnen de termijn, alle betrokkenen gehoord bevestigd"));
    }

    [Fact]
    public async Task Besluit_WithTwoOffers_NeedsTheConfirmationThatTheAmsterdammerChoseToo()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var id = await PlaatsAsync(vrager);
        var locaties = await Vragen(s => s.EigenLocatiesAsync(aanbieder));
        var eerste = await AanbodAsync(aanbieder, id, locaties[0].Id);
        var tweede = await AanbodAsync(aanbieder, id, locaties[^1].Id);
        Assert.NotEqual(eerste, tweede);

        var alleen = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { GekozenReactieId = eerste, Toelichting = "Dichtbij huis.", IedereenGehoord = true }));
        Assert.Equal(Besluitregels.BevestigSamen, alleen.Fout);
        Assert.Equal(AdviesvraagStatus.Beantwoord, await StatusAsync(id));

        var samen = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit
        {
            GekozenReactieId = eerste,
            Toelichting = "Dichtbij huis.",
            IedereenGehoord = true,
            SamenMetAmsterdammer = true,
        }));
        Assert.True(samen.Gelukt, samen.Fout);
    }

    [Theory]
    [InlineData(Aanbieder)]
    [InlineData(Wpi)]
    public async Task AQuestionFromAnAanbiederOrWpi_IsDecidedByABuurtteammedewerker_AndItsAskerCanOnlyCloseIt(string email)
    {
        var vrager = await factory.ActorAsync(email);
        var id = await PlaatsAsync(vrager);

        var zelf = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Ik kies zelf.", IedereenGehoord = true }));
        Assert.Equal(Besluitregels.AlleenBuurtteamBesluit, zelf.Fout);
        var detailVrager = await Vragen(s => s.OpenAsync(vrager, id));
        Assert.False(detailVrager!.MagBesluiten);
        Assert.True(detailVrager.MagAfsluiten);

        var buurtteam = await factory.ActorAsync(Regievoerder);
        var detailBuurtteam = await Vragen(s => s.OpenAsync(buurtteam, id));
        Assert.True(detailBuurtteam!.MagBesluiten);
        Assert.False(detailBuurtteam.MagAfsluiten);
        var nietAfsluiten = await Vragen(s => s.BesluitAsync(buurtteam, id, new NieuwBesluit { Soort = Afsluiting.ZonderBesluit, Toelichting = "Niet de mijne." }));
        Assert.Equal(Besluitregels.AlleenVragerSluitAf, nietAfsluiten.Fout);

        var besluit = await Vragen(s => s.BesluitAsync(buurtteam, id, new NieuwBesluit { Toelichting = "Het buurtteam neemt de regie; samen gekozen.", IedereenGehoord = true }));
        Assert.True(besluit.Gelukt, besluit.Fout);

        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        Assert.Equal(Afsluiting.Besluit, vraag.Afsluiting);
        Assert.Equal(buurtteam.MedewerkerId, vraag.BesluitDoorId);
        // The asker hears of the decision the buurtteam took.
        Assert.True(await db.Meldingen.AnyAsync(m => m.MedewerkerId == vrager.MedewerkerId && m.Soort == MeldingSoort.BesluitOpMijnReactie
            && m.Link == $"/netwerk/vragen/{id}"));
    }

    [Fact]
    public async Task TheAsker_ClosesWithoutADecision_WhichChoosesNoOffer_AndClosesTheThread()
    {
        var vrager = await factory.ActorAsync(Aanbieder);
        var id = await PlaatsAsync(vrager);
        var aanbod = await AanbodAsync(vrager, id, (await Vragen(s => s.EigenLocatiesAsync(vrager)))[0].Id);

        var metKeuze = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Soort = Afsluiting.ZonderBesluit, GekozenReactieId = aanbod, Toelichting = "Vervalt." }));
        Assert.Equal("Afsluiten zonder besluit kiest geen aanbod.", metKeuze.Fout);

        var afgesloten = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Soort = Afsluiting.ZonderBesluit, Toelichting = "De vraag is vervallen." }));
        Assert.True(afgesloten.Gelukt, afgesloten.Fout);

        var detail = await Vragen(s => s.OpenAsync(vrager, id));
        Assert.Equal(AdviesvraagStatus.Besloten, detail!.Kaart.Status);
        Assert.Equal(Afsluiting.ZonderBesluit, detail.Kaart.Afsluiting);
        Assert.False(detail.MagAfsluiten);
        var buurtteam = await factory.ActorAsync(Regievoerder);
        var nogmaals = await Vragen(s => s.BesluitAsync(buurtteam, id, new NieuwBesluit { Toelichting = "Alsnog.", IedereenGehoord = true }));
        Assert.Equal(Besluitregels.AlBesloten, nogmaals.Fout);
    }

    [Fact]
    public async Task Besluit_ByANonMember_LearnsNothingAboutTheQuestion()
    {
        var id = await PlaatsAsync(await factory.ActorAsync(Regievoerder));
        var oost = await factory.ActorAsync("regievoerder.oost@example.org");

        var uitkomst = await Vragen(s => s.BesluitAsync(oost, id, new NieuwBesluit { Toelichting = "Ik beslis mee.", IedereenGehoord = true }));
        var onbekend = await Vragen(s => s.BesluitAsync(oost, int.MaxValue, new NieuwBesluit { Toelichting = "Ik beslis mee.", IedereenGehoord = true }));

        Assert.Equal(Besluitregels.GeenLid, uitkomst.Fout);
        Assert.Equal(onbekend.Fout, uitkomst.Fout);
    }

    private async Task<int> WestAsync() => await factory.StadsdeelIdAsync("West");

    private static NieuweAdviesvraag Invoer(int stadsdeelId, string wens = "Wil graag buiten werken, dicht bij huis.") => new()
    {
        StadsdeelId = stadsdeelId,
        Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
        WensAmsterdammer = wens,
        Vraag = "Wie heeft plek voor iemand van 33 die graag buiten werkt? Twee ochtenden per week.",
    };

    private async Task<int> PlaatsAsync(Actor actor, string wens = "Wil graag buiten werken, dicht bij huis.")
    {
        var invoer = Invoer(await WestAsync(), wens);
        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<int> AanbodAsync(Actor aanbieder, int id, int locatieId)
    {
        var uitkomst = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie
        {
            Tekst = "Wij hebben plek in de tuinploeg.",
            IsAanbod = true,
            LocatieId = locatieId,
            WachttijdWeken = 1,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<AdviesvraagStatus> StatusAsync(int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Adviesvragen.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    private async Task ZetDeadlineInVerledenAsync(int id)
    {
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        vraag.Deadline = DateTimeOffset.UtcNow.AddMinutes(-1);
        vraag.WaarschuwingOp = vraag.Deadline.AddDays(-1);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteSpelregelsTests(SqlitePortalFactory factory)
    : SpelregelsTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlSpelregelsTests(PostgreSqlPortalFactory factory)
    : SpelregelsTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
