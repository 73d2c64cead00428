using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Aanbod;
using MudBlazor;

namespace Dagbesteding.Portal.ComponentTests.Aanbod;

public sealed class AanbodFiltersTests : PortalTestContext
{
    private static readonly AanbodKeuzes Keuzes = new(
        [new Keuze(1, "west", "West"), new Keuze(2, "oost", "Oost")],
        [new Keuze(10, "nah", "NAH (niet-aangeboren hersenletsel)"), new Keuze(11, "autisme", "Autisme")],
        ["atelier", "houtbewerking"],
        ["engels", "nederlands"]);

    private readonly List<AanbodFilter> _gekozen = [];

    private IRenderedComponent<AanbodFilters> RenderFilters(AanbodFilter filter) =>
        Render<AanbodFilters>(p => p
            .Add(f => f.Filter, filter)
            .Add(f => f.Keuzes, Keuzes)
            .Add(f => f.FilterGewijzigd, (AanbodFilter f) => _gekozen.Add(f)));

    [Fact]
    public void CheckingPrikkelarm_HandsTheFilterOn_KeepingTheOtherChoices()
    {
        var filters = RenderFilters(new AanbodFilter { Doelgroep = "nah", Taal = "engels" });

        var prikkelarm = filters.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Prikkelarm");
        prikkelarm.Find("input").Change(true);

        filters.WaitForAssertion(() => Assert.Equal([new AanbodFilter { Doelgroep = "nah", Taal = "engels", Prikkelarm = true }], _gekozen));
    }

    [Fact]
    public void ChoosingADoelgroep_HandsItsCodeOn_AndTheAllChoiceClearsIt()
    {
        var leeg = RenderFilters(new AanbodFilter { Stadsdeel = "west" });
        var gekozen = RenderFilters(new AanbodFilter { Stadsdeel = "west", Doelgroep = "nah" });
        MudSelect<string> Doelgroep(IRenderedComponent<AanbodFilters> f) => f.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Doelgroep").Instance;

        leeg.InvokeAsync(() => Doelgroep(leeg).ValueChanged.InvokeAsync("autisme"));
        gekozen.InvokeAsync(() => Doelgroep(gekozen).ValueChanged.InvokeAsync(""));
        // Choosing what is already chosen hands nothing on (no navigation for nothing).
        gekozen.InvokeAsync(() => Doelgroep(gekozen).ValueChanged.InvokeAsync("nah"));

        leeg.WaitForAssertion(() => Assert.Equal(
            [new AanbodFilter { Stadsdeel = "west", Doelgroep = "autisme" }, new AanbodFilter { Stadsdeel = "west" }], _gekozen));
    }

    [Fact]
    public void TheFiltersOffer_EveryDoelgroepAndStadsdeel_AndTheLanguagesThatOccur()
    {
        var filters = RenderFilters(new AanbodFilter());
        var selects = filters.FindComponents<MudSelect<string>>().ToDictionary(s => s.Instance.Label!);

        Assert.Equal(["Doelgroep", "Stadsdeel", "Activiteit", "Gesproken taal"], selects.Keys);
        Assert.Equal(["", "nah", "autisme"], selects["Doelgroep"].FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value));
        Assert.Equal(["", "engels", "nederlands"], selects["Gesproken taal"].FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value));
    }

    [Fact]
    public void Wissen_IsOfferedOnlyForAFilter_AndClearsEverything()
    {
        Assert.Empty(RenderFilters(new AanbodFilter()).FindAll("[data-testid=filter-wissen]"));

        var filters = RenderFilters(new AanbodFilter { Perceel = Perceel.MeewerkenPlus, Rolstoeltoegankelijk = true });
        filters.Find("[data-testid=filter-wissen]").Click();

        filters.WaitForAssertion(() => Assert.Equal([new AanbodFilter()], _gekozen));
    }

    [Fact]
    public void TheQueryString_ReproducesTheFilter_AndIgnoresWhatDoesNotParse()
    {
        var filter = new AanbodFilter
        {
            Zoek = "hout",
            Perceel = Perceel.Meewerken,
            Doelgroep = "nah",
            Stadsdeel = "nieuw-west",
            Activiteit = "atelier",
            Taal = "turks",
            MaxWachttijd = Wachttijd.EenTotDrieMaanden,
            MaxGroepsgrootte = 8,
            Prikkelarm = true,
            Rolstoeltoegankelijk = true,
            Vervoer = true,
            Stadsbreed = true,
        };
        var query = filter.NaarQuery().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!.ToLowerInvariant() == "true" ? "true" : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(filter, AanbodFilter.VanQuery(k => query.GetValueOrDefault(k)));
        Assert.Equal(12, query.Count);
        var kapot = new Dictionary<string, string> { ["perceel"] = "Inloop", ["wachttijd"] = "99", ["maxgroep"] = "-3", ["prikkelarm"] = "ja" };
        Assert.True(AanbodFilter.VanQuery(k => kapot.GetValueOrDefault(k)).IsLeeg);
    }
}
