using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Dashboard;

/// <summary>One evaluation whose evaluatiedatum falls in the period.</summary>
public sealed record EvaluatieFeit(int Id, string? Aanbieder, DateOnly Evaluatiedatum, DateTimeOffset? GeopendOp, DateTimeOffset? AfgerondOp, EvaluatieUitkomst? Uitkomst);

/// <summary>
/// Werkproces step 7 kept? <see cref="TijdigGeopend"/>: opened at least six weeks before the evaluatiedatum.
/// <see cref="TeLaat"/>: the evaluatiedatum has passed without an uitkomst.
/// </summary>
public sealed record EvaluatieCijfers(
    string Aanbieder, int Aantal, int TijdigGeopend, double? PercentageTijdig, int TeLaat,
    int Afsluiten, int Verlengen, int Wijzigen, int Overdragen);

public static class EvaluatieStatistiek
{
    public const string Alle = "Alle aanbieders";

    /// <summary>The total first, then one row per aanbieder (alphabetical).</summary>
    public static IReadOnlyList<EvaluatieCijfers> PerAanbieder(IReadOnlyList<EvaluatieFeit> evaluaties, DateOnly vandaag) =>
        [
            Cijfers(Alle, evaluaties, vandaag),
            .. evaluaties.GroupBy(e => e.Aanbieder ?? "(geen aanbieder)").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Cijfers(g.Key, g.ToList(), vandaag)),
        ];

    private static EvaluatieCijfers Cijfers(string aanbieder, IReadOnlyList<EvaluatieFeit> e, DateOnly vandaag)
    {
        var tijdig = e.Count(x => x.GeopendOp is { } op && WerkdagKalender.DagInAmsterdam(op) <= x.Evaluatiedatum.AddDays(-7 * Evaluatie.WekenVooraf));
        return new EvaluatieCijfers(aanbieder, e.Count, tijdig, e.Count == 0 ? null : Math.Round(100.0 * tijdig / e.Count, 1),
            e.Count(x => x.AfgerondOp is null && x.Evaluatiedatum < vandaag),
            e.Count(x => x.Uitkomst == EvaluatieUitkomst.Afsluiten), e.Count(x => x.Uitkomst == EvaluatieUitkomst.Verlengen),
            e.Count(x => x.Uitkomst == EvaluatieUitkomst.Wijzigen), e.Count(x => x.Uitkomst == EvaluatieUitkomst.Overdragen));
    }
}
