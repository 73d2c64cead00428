using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Dashboard;

/// <summary>One stored step change of a casus.</summary>
public sealed record StapWisselFeit(int CasusId, WerkprocesStap? Van, WerkprocesStap Naar, DateTimeOffset Op);

/// <summary>
/// One month of the flow: casussen entering and leaving each step, and the volume (new aanmeldingen plus
/// verlengingen) against the municipality's forecast for the stadsdeel.
/// </summary>
public sealed record StroomMaand(
    DateOnly Maand, IReadOnlyDictionary<WerkprocesStap, int> In, IReadOnlyDictionary<WerkprocesStap, int> Uit,
    int Aanmeldingen, int Verlengingen, int? Prognose)
{
    public int Aanvragen => Aanmeldingen + Verlengingen;
}

public sealed record StroomCijfers(IReadOnlyList<StroomMaand> Maanden, double? MediaanDagenTotLeveren, int NaarLeveren);

public static class StroomStatistiek
{
    /// <param name="wissels">Step changes of the stadsdeel, in the period and before it (the route to delivery may start earlier).</param>
    /// <param name="verlengd">The moments an evaluation ended with uitkomst verlengen.</param>
    public static StroomCijfers Bereken(IReadOnlyList<StapWisselFeit> wissels, IReadOnlyList<DateTimeOffset> verlengd, DashboardPeriode periode, int? prognose)
    {
        static DateOnly MaandVan(DateTimeOffset op) => WerkdagKalender.DagInAmsterdam(op) is var d ? new DateOnly(d.Year, d.Month, 1) : default;
        var inPeriode = wissels.Where(w => w.Op >= periode.Begin && w.Op < periode.Einde).ToList();
        // Grouped once (a year holds tens of thousands of step changes): per month, and the aanmeldingen per casus.
        var perMaand = inPeriode.ToLookup(w => MaandVan(w.Op));
        var verlengdPerMaand = verlengd.Where(v => v >= periode.Begin && v < periode.Einde).ToLookup(MaandVan);
        var maanden = new List<StroomMaand>();
        for (var maand = new DateOnly(periode.Van.Year, periode.Van.Month, 1); maand <= periode.Tot; maand = maand.AddMonths(1))
        {
            var deze = perMaand[maand].ToList();
            maanden.Add(new StroomMaand(maand,
                Werkprocesregels.Stappen.ToDictionary(s => s, s => deze.Count(w => w.Naar == s)),
                Werkprocesregels.Stappen.ToDictionary(s => s, s => deze.Count(w => w.Van == s)),
                deze.Count(w => w.Naar == WerkprocesStap.Aanmelding),
                verlengdPerMaand[maand].Count(),
                prognose));
        }
        // From the (last) aanmelding to the first delivery after it, for casussen that reached delivery in the period.
        var aanmeldingen = wissels.Where(w => w.Naar == WerkprocesStap.Aanmelding).ToLookup(w => w.CasusId);
        var dagen = inPeriode.Where(w => w.Naar == WerkprocesStap.LeverenInzet && w.Van != WerkprocesStap.Evalueren)
            .Select(levering => aanmeldingen[levering.CasusId].Where(w => w.Op <= levering.Op)
                .OrderByDescending(w => w.Op).FirstOrDefault() is { } aanmelding ? (levering.Op - aanmelding.Op).TotalDays : (double?)null)
            .OfType<double>()
            .ToList();
        return new StroomCijfers(maanden, NetwerkStatistiek.Percentiel(dagen, 0.5), dagen.Count);
    }
}
