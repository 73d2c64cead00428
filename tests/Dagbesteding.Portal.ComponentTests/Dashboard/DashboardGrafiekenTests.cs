using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Dashboard;
using MudBlazor;

namespace Dagbesteding.Portal.ComponentTests.Dashboard;

/// <summary>The chart data of the dashboard, and the table that is its text alternative.</summary>
public sealed class DashboardGrafiekenTests : PortalTestContext
{
    private static readonly WeekCijfers[] Weken =
    [
        new(new DateOnly(2026, 6, 1), 2, 50.0, 12.5),
        new(new DateOnly(2026, 6, 8), 0, null, null),
        new(new DateOnly(2026, 6, 15), 3, 33.3, 8.0),
    ];

    [Fact]
    public void PerWeek_LeavesOutAWeekWithoutAValue_InsteadOfDrawingZero()
    {
        var (labels, reeksen) = DashboardGrafieken.PerWeek(Weken, w => w.PercentageOpTijd, "% op tijd");

        Assert.Equal(["1 jun", "15 jun"], labels);
        var reeks = Assert.Single(reeksen);
        Assert.Equal("% op tijd", reeks.Name);
        Assert.Equal([50.0, 33.3], reeks.Data.Values);
    }

    [Fact]
    public void Beantwoord_ShowsTheOrganisationsThatAnswered_MostFirst_AtMostEight()
    {
        var organisaties = Enumerable.Range(1, 10)
            .Select(i => new OrganisatieCijfers(i, $"Org {i}", OrganisatieType.Aanbieder, 2, i % 5, null, 0, 0))
            .ToList();

        var (labels, reeksen) = DashboardGrafieken.Beantwoord(organisaties);

        Assert.Equal(DashboardGrafieken.MaxOrganisaties, labels.Length);
        Assert.DoesNotContain("Org 5", labels);
        Assert.DoesNotContain("Org 10", labels);
        Assert.Equal(labels.Select(l => (double)(int.Parse(l[4..]) % 5)), Assert.Single(reeksen).Data.Values);
        Assert.True(Assert.Single(reeksen).Data.Values.SequenceEqual(Assert.Single(reeksen).Data.Values.OrderDescending()));
    }

    [Fact]
    public void CijferTabel_ShowsTheSameNumbersInDutch_WithADashForNone_AndExportLinksForThePeriod()
    {
        var periode = new DashboardPeriode(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 21));
        var tabel = Render<CijferTabel>(p => p
            .Add(x => x.Titel, "Per week")
            .Add(x => x.Kolommen, ["Week van", "Geplaatst", "% op tijd", "Mediaan werkuren"])
            .Add(x => x.Rijen, Weken.Select(w => (IReadOnlyList<object?>)[w.Maandag, w.Geplaatst, w.PercentageOpTijd, w.MediaanUren]).ToList())
            .Add(x => x.ExportTabel, "weken")
            .Add(x => x.StadsdeelId, 7)
            .Add(x => x.Periode, periode));

        var rijen = tabel.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(["01-06-2026", "2", "50,0", "12,5"], rijen[0]);
        Assert.Equal(["08-06-2026", "0", "–", "–"], rijen[1]);
        Assert.Equal("Per week", tabel.Find("caption").TextContent);
        Assert.Equal(
            ["/dashboard/export/weken.csv?stadsdeel=7&van=2026-06-01&tot=2026-06-21", "/dashboard/export/weken.xlsx?stadsdeel=7&van=2026-06-01&tot=2026-06-21"],
            tabel.FindAll("a").Select(a => a.GetAttribute("href")));
    }
}
