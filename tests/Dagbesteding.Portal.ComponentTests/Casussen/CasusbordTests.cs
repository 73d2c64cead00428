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

        Assert.NotEmpty(kaart.FindAll("[data-testid=naar-Evalueren]"));
        Assert.Empty(kaart.FindAll("[data-testid=naar-LeverenInzet]"));
        Assert.Equal("Verplaats RIS-2026-00007 naar…", kaart.Find("[data-testid=verplaats-7]").GetAttribute("aria-label"));
        kaart.Find("[data-testid=verplaats-7]").Change("Evalueren");
        // A value that is no step of the werkproces (a forged change) reports nothing.
        kaart.Find("[data-testid=verplaats-7]").Change("Onzin");
        Assert.Equal([WerkprocesStap.Evalueren], gekozen);
    }
}

public sealed class BordKolomWeergaveTests : PortalTestContext
{
    private static BordKolom Kolom(int aantal) => new(WerkprocesStap.Regiecheck, aantal, []);

    [Fact]
    public void Column_ShowsStepNumberNameAndCount_AndItsCards()
    {
        var kolom = Render<BordKolomWeergave>(p => p
            .Add(k => k.Kolom, Kolom(2))
            .Add(k => k.Getoond, 2)
            .AddChildContent("<div data-testid=\"kaartje\">kaart</div>"));

        Assert.Contains("a · Regiecheck", kolom.Find("h2").TextContent);
        Assert.Equal("2", kolom.Find("[data-testid=aantal-Regiecheck]").TextContent.Trim());
        Assert.Single(kolom.FindAll("[data-testid=kaartje]"));
        Assert.Empty(kolom.FindAll("[data-testid=meer-Regiecheck]"));
    }

    [Fact]
    public void Column_WithMoreCasesThanShown_OffersMeerLaden()
    {
        var gevraagd = 0;
        var kolom = Render<BordKolomWeergave>(p => p
            .Add(k => k.Kolom, Kolom(60))
            .Add(k => k.Getoond, 25)
            .Add(k => k.OpMeer, () => gevraagd++));

        var knop = kolom.Find("[data-testid=meer-Regiecheck]");
        Assert.Contains("35 over", knop.TextContent);
        knop.Click();
        Assert.Equal(1, gevraagd);
    }

    [Fact]
    public void Column_CountsOnly_ShowsNoCards()
    {
        var kolom = Render<BordKolomWeergave>(p => p
            .Add(k => k.Kolom, Kolom(5))
            .Add(k => k.AlleenAantallen, true)
            .AddChildContent("<div data-testid=\"kaartje\">kaart</div>"));

        Assert.Contains("5 casussen", kolom.Markup);
        Assert.Empty(kolom.FindAll("[data-testid=kaartje]"));
        Assert.Empty(kolom.FindAll("[data-testid=meer-Regiecheck]"));
    }
}
