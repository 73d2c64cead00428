using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Casussen;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dagbesteding.Portal.ComponentTests.Casussen;

public sealed class CasusKaartWeergaveTests : PortalTestContext
{
    private static CasusKaart Kaart(bool spoed = false, bool eigenRisico = false, bool ingetrokken = false, bool gestopt = false, int dagen = 12) =>
        new(7, 2, "RIS-2026-00007", WerkprocesStap.LeverenInzet, Perceel.Meewerken, 3, "Sanne Smit", 9, "De Houtloods",
            spoed, gestopt, eigenRisico, ingetrokken, dagen, "Evaluatie start", new DateOnly(2026, 11, 20), Guid.NewGuid(),
            AangemaaktDoorOrganisatieId: 4, Evaluatiedatum: new DateOnly(2027, 1, 1), InStapSinds: new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Card_ShowsKenmerkPerceelPartiesDaysAndTheNextDate()
    {
        var kaart = Render<CasusKaartWeergave>(p => p.Add(k => k.Kaart, Kaart()));

        var tekst = kaart.Markup;
        Assert.Contains("RIS-2026-00007", tekst);
        Assert.Contains("Meewerken", tekst);
        Assert.Contains("Regievoerder: Sanne Smit", tekst);
        Assert.Contains("Aanbieder: De Houtloods", tekst);
        Assert.Contains("12 dagen in deze stap", tekst);
        Assert.Equal("Evaluatie start: 20 nov 2026", kaart.Find("[data-testid=volgende-datum]").TextContent.Trim());
        Assert.Equal("/casussen/7", kaart.Find("a").GetAttribute("href"));
        Assert.DoesNotContain("Spoed", tekst);
        Assert.DoesNotContain("eigen risico", tekst);
    }

    [Fact]
    public void Card_ShowsSpoedEigenRisicoTijdelijkGestoptAndWithdrawnConsent()
    {
        var kaart = Render<CasusKaartWeergave>(p => p.Add(k => k.Kaart, Kaart(spoed: true, eigenRisico: true, ingetrokken: true, gestopt: true, dagen: 1)));

        var tekst = kaart.Markup;
        Assert.Contains("Spoed", tekst);
        Assert.Contains("Levering op eigen risico", kaart.Find("[data-testid=eigen-risico]").TextContent);
        Assert.Contains("Tijdelijk gestopt", tekst);
        Assert.Contains("Toestemming ingetrokken", tekst);
        Assert.Contains("1 dag in deze stap", tekst);
    }

    [Fact]
    public void Card_WithoutTheRightToMove_HasNoMoveMenu()
    {
        var kaart = Render<CasusKaartWeergave>(p => p.Add(k => k.Kaart, Kaart()).Add(k => k.MagVerplaatsen, false));
        Assert.Empty(kaart.FindAll("[data-testid=verplaats-7]"));
    }

    [Fact]
    public void Card_MoveMenu_OffersTheOtherStepsAndReportsTheChoice()
    {
        var gekozen = new List<WerkprocesStap>();
        var kaart = Render<CasusKaartWeergave>(p => p
            .Add(k => k.Kaart, Kaart())
            .Add(k => k.MagVerplaatsen, true)
            .Add(k => k.OpVerplaats, EventCallback.Factory.Create<WerkprocesStap>(this, gekozen.Add)));

        Assert.NotEmpty(kaart.FindAll("option[value=Evalueren]"));
        Assert.Empty(kaart.FindAll("option[value=LeverenInzet]"));
        Assert.Equal("Verplaats RIS-2026-00007 naar…", kaart.Find("[data-testid=verplaats-7]").GetAttribute("aria-label"));
        kaart.Find("[data-testid=verplaats-7]").Change("Evalueren");
        // A value that is no step of the werkproces (a forged change) reports nothing.
        kaart.Find("[data-testid=verplaats-7]").Change("Onzin");
        Assert.Equal([WerkprocesStap.Evalueren], gekozen);
    }
}

public sealed class BordKolomWeergaveTests : PortalTestContext
{
    private static CasusKaart Kaart(int id, WerkprocesStap stap = WerkprocesStap.Regiecheck, string regievoerder = "Sanne Smit") =>
        new(id, 2, $"RIS-2026-{id:00000}", stap, Perceel.Meewerken, 3, regievoerder, null, null,
            false, false, false, false, 4, null, null, Guid.NewGuid(),
            AangemaaktDoorOrganisatieId: 4, Evaluatiedatum: null, InStapSinds: new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    private IRenderedComponent<BordKolomWeergave> Kolom(
        WerkprocesStap stap, int aantal, IReadOnlyList<CasusKaart> kaarten, BordSleep sleep, bool magVerplaatsen = true,
        List<BordVerplaatsing>? verplaatst = null, Action? opMeer = null) =>
        Render<BordKolomWeergave>(p => p
            .Add(k => k.Kolom, new BordKolom(stap, aantal, kaarten))
            .Add(k => k.Kaarten, kaarten)
            .Add(k => k.MagVerplaatsen, magVerplaatsen)
            .Add(k => k.Sleep, sleep)
            .Add(k => k.OpVerplaats, EventCallback.Factory.Create<BordVerplaatsing>(this, v => verplaatst?.Add(v)))
            .Add(k => k.OpMeer, () => opMeer?.Invoke()));

    [Fact]
    public void Column_ShowsStepNumberNameAndCount_AndItsCards()
    {
        var kolom = Kolom(WerkprocesStap.Regiecheck, 2, [Kaart(1), Kaart(2)], new BordSleep());

        Assert.Contains("a · Regiecheck", kolom.Find("h2").TextContent);
        Assert.Equal("2", kolom.Find("[data-testid=aantal-Regiecheck]").TextContent.Trim());
        Assert.Equal(2, kolom.FindAll(".casus-kaart").Count);
        Assert.Empty(kolom.FindAll("[data-testid=meer-Regiecheck]"));
    }

    [Fact]
    public void Column_WithMoreCasesThanShown_OffersMeerLaden()
    {
        var gevraagd = 0;
        var kolom = Kolom(WerkprocesStap.Regiecheck, 60, [.. Enumerable.Range(1, 25).Select(i => Kaart(i))], new BordSleep(), opMeer: () => gevraagd++);

        var knop = kolom.Find("[data-testid=meer-Regiecheck]");
        Assert.Contains("35 over", knop.TextContent);
        knop.Click();
        Assert.Equal(1, gevraagd);
    }

    [Fact]
    public void DraggingACard_OntoAnotherColumn_ReportsTheMove_AndOntoItsOwnColumnNothing()
    {
        var sleep = new BordSleep();
        var verplaatst = new List<BordVerplaatsing>();
        var kaart = Kaart(7, WerkprocesStap.Aanmelding);
        var aanmelding = Kolom(WerkprocesStap.Aanmelding, 1, [kaart], sleep, verplaatst: verplaatst);
        var regiecheck = Kolom(WerkprocesStap.Regiecheck, 0, [], sleep, verplaatst: verplaatst);
        Assert.Equal("true", aanmelding.Find(".casus-kaart").GetAttribute("draggable"));

        aanmelding.Find(".casus-kaart").DragStart();
        aanmelding.Find("section").Drop();
        Assert.Empty(verplaatst);

        aanmelding.Find(".casus-kaart").DragStart();
        regiecheck.Find("section").Drop();
        Assert.Equal([new BordVerplaatsing(kaart, WerkprocesStap.Regiecheck)], verplaatst);

        // A drop without a drag that started on the board (a file, text from elsewhere) moves nothing.
        regiecheck.Find("section").Drop();
        Assert.Single(verplaatst);
    }

    [Fact]
    public void Column_WithoutTheRightToMove_HasNoDraggableCards_AndIgnoresADrop()
    {
        var sleep = new BordSleep();
        var verplaatst = new List<BordVerplaatsing>();
        var aanmelding = Kolom(WerkprocesStap.Aanmelding, 1, [Kaart(7, WerkprocesStap.Aanmelding)], sleep, magVerplaatsen: false, verplaatst);
        var regiecheck = Kolom(WerkprocesStap.Regiecheck, 0, [], sleep, magVerplaatsen: false, verplaatst);

        Assert.Null(aanmelding.Find(".casus-kaart").GetAttribute("draggable"));
        aanmelding.Find(".casus-kaart").DragStart();
        regiecheck.Find("section").Drop();
        Assert.Empty(verplaatst);
    }

    [Fact]
    public void Column_DrawsAgainOnlyWhenItsCountOrACardChanged_AndThenOnlyThatCard()
    {
        var kaarten = new[] { Kaart(1), Kaart(2) };
        var kolom = Kolom(WerkprocesStap.Regiecheck, 2, kaarten, new BordSleep());
        // RenderCount counts the column and everything in it.
        var getekend = kolom.RenderCount;

        // The page drew again after an event elsewhere on the board: new lists with the same cards.
        kolom.Render(p => p.Add(k => k.Kolom, new BordKolom(WerkprocesStap.Regiecheck, 2, [.. kaarten])).Add(k => k.Kaarten, [.. kaarten]));
        Assert.Equal(getekend, kolom.RenderCount);

        var eerste = kolom.FindComponents<CasusKaartWeergave>()[0];
        var eersteGetekend = eerste.RenderCount;
        kolom.Render(p => p.Add(k => k.Kaarten, [kaarten[0], kaarten[1] with { Regievoerder = "Ravi Ramdin" }]));
        Assert.True(kolom.RenderCount > getekend);
        Assert.Contains("Regievoerder: Ravi Ramdin", kolom.Markup);
        Assert.Equal(eersteGetekend, eerste.RenderCount);

        kolom.Render(p => p.Add(k => k.Kolom, new BordKolom(WerkprocesStap.Regiecheck, 3, kaarten)));
        Assert.Equal("3", kolom.Find("[data-testid=aantal-Regiecheck]").TextContent.Trim());
        Assert.Equal(eersteGetekend, eerste.RenderCount);
    }
}

public sealed class BordFilterBalkTests : PortalTestContext
{
    private static readonly BordKeuzes Keuzes = new([new Keuze(3, "Sanne Smit")], [new Keuze(9, "De Houtloods"), new Keuze(11, "Atelier Oost")], []);

    private IRenderedComponent<BordFilterBalk> Balk(BordFilter filter, List<BordFilter> gekozen) =>
        Render<BordFilterBalk>(p => p
            .Add(b => b.Filter, filter)
            .Add(b => b.Keuzes, Keuzes)
            .Add(b => b.OpFilter, EventCallback.Factory.Create<BordFilter>(this, gekozen.Add)));

    [Fact]
    public void FilterBar_ShowsTheCurrentFilter()
    {
        var balk = Balk(new BordFilter(Mijn: true, Perceel: Perceel.Meewerken, AanbiederId: 11, Spoed: true), []);

        Assert.True(balk.Find("[data-testid=filter-mijn]").HasAttribute("checked"));
        Assert.True(balk.Find("[data-testid=filter-spoed]").HasAttribute("checked"));
        Assert.False(balk.Find("[data-testid=filter-evaluatie]").HasAttribute("checked"));
        Assert.Equal("Meewerken", balk.Find("[data-testid=filter-perceel]").GetAttribute("value"));
        Assert.Equal("11", balk.Find("[data-testid=filter-aanbieder]").GetAttribute("value"));
        Assert.Equal("", balk.Find("[data-testid=filter-regievoerder]").GetAttribute("value"));
    }

    [Fact]
    public void FilterBar_ReportsEachChoice_KeepingTheRestOfTheFilter()
    {
        var gekozen = new List<BordFilter>();
        var filter = new BordFilter(Perceel: Perceel.Meewerken);
        var balk = Balk(filter, gekozen);

        balk.Find("[data-testid=filter-mijn]").Change(true);
        balk.Find("[data-testid=filter-aanbieder]").Change("9");
        balk.Find("[data-testid=filter-regievoerder]").Change("3");
        balk.Find("[data-testid=filter-perceel]").Change("");
        balk.Find("[data-testid=filter-spoed]").Change(true);
        balk.Find("[data-testid=filter-evaluatie]").Change(true);

        Assert.Equal(
            [filter with { Mijn = true }, filter with { AanbiederId = 9 }, filter with { RegievoerderId = 3 }, filter with { Perceel = null },
             filter with { Spoed = true }, filter with { EvaluatieAanDeBeurt = true }],
            gekozen);
    }

    [Fact]
    public void FilterBar_ForgedValues_MeanAll()
    {
        var gekozen = new List<BordFilter>();
        var balk = Balk(new BordFilter(), gekozen);

        // An aanbieder that is not among the choices, a step that is no perceel: as if "all" was chosen.
        balk.Find("[data-testid=filter-aanbieder]").Change("4711");
        balk.Find("[data-testid=filter-perceel]").Change("99");

        Assert.Equal([new BordFilter(), new BordFilter()], gekozen);
    }
}
