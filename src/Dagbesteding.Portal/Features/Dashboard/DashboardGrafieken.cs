using Dagbesteding.Portal.Domain.Dashboard;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Dashboard;

/// <summary>The data of the dashboard's charts, built from its figures (the tables next to them show the same numbers).</summary>
public static class DashboardGrafieken
{
    /// <summary>Okabe–Ito: distinguishable with every common form of colour blindness.</summary>
    public static readonly string[] Kleuren = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    public const int MaxOrganisaties = 8;

    /// <summary>A line per week; a week without a value is left out, never drawn as 0.</summary>
    public static (string[] Labels, List<ChartSeries<double>> Reeksen) PerWeek(IEnumerable<WeekCijfers> weken, Func<WeekCijfers, double?> waarde, string naam)
    {
        var metWaarde = weken.Where(w => waarde(w) is not null).ToList();
        return (metWaarde.Select(w => w.Maandag.ToString("d MMM", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))).ToArray(),
            [new() { Name = naam, Data = new ChartData<double>(metWaarde.Select(w => waarde(w)!.Value).ToArray()) }]);
    }

    /// <summary>Bars for the organisations that answered (most first); the table lists every organisation, also the silent ones.</summary>
    public static (string[] Labels, List<ChartSeries<double>> Reeksen) Beantwoord(IEnumerable<OrganisatieCijfers> organisaties)
    {
        var antwoorden = organisaties.Where(o => o.VragenBeantwoord > 0).OrderByDescending(o => o.VragenBeantwoord).Take(MaxOrganisaties).ToList();
        return (antwoorden.Select(o => o.Organisatie).ToArray(),
            [new() { Name = "Vragen beantwoord", Data = new ChartData<double>(antwoorden.Select(o => (double)o.VragenBeantwoord).ToArray()) }]);
    }

    /// <summary>Requests per month (new aanmeldingen plus verlengingen) next to the municipality's forecast.</summary>
    public static (string[] Labels, List<ChartSeries<double>> Reeksen) Volume(IEnumerable<StroomMaand> maanden)
    {
        var lijst = maanden.ToList();
        var reeksen = new List<ChartSeries<double>>
        {
            new() { Name = "Aanvragen", Data = new ChartData<double>(lijst.Select(m => (double)m.Aanvragen).ToArray()) },
        };
        if (lijst.Any(m => m.Prognose is not null))
        {
            reeksen.Add(new() { Name = "Prognose gemeente", Data = new ChartData<double>(lijst.Select(m => (double)(m.Prognose ?? 0)).ToArray()) });
        }
        return (lijst.Select(m => m.Maand.ToString("MMM yy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))).ToArray(), reeksen);
    }
}
