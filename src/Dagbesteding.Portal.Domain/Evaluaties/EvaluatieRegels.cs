using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>
/// Werkproces step 7: "De evaluatie moet 6 weken voor de evaluatiedatum starten." Pure rules, no storage.
/// </summary>
public static class EvaluatieRegels
{
    /// <summary>
    /// The day the evaluation starts: six weeks before the evaluatiedatum, and when that is no working day
    /// (weekend, holiday, closure day), the working day before it — never later than six weeks before.
    /// </summary>
    public static DateOnly Startdag(DateOnly evaluatiedatum, WerkdagKalender kalender)
    {
        var dag = evaluatiedatum.AddDays(-7 * Evaluatie.WekenVooraf);
        while (!kalender.IsWerkdag(dag))
        {
            dag = dag.AddDays(-1);
        }
        return dag;
    }

    /// <summary>The evaluation opens at the start of the working morning on its start day (Amsterdam time).</summary>
    public static readonly TimeOnly OpenTijd = new(7, 0);

    /// <summary>The moment (UTC) an evaluation starting on <paramref name="startdag"/> is opened.</summary>
    public static DateTimeOffset StartMoment(DateOnly startdag)
    {
        var lokaal = startdag.ToDateTime(OpenTijd);
        return new DateTimeOffset(lokaal, WerkdagKalender.Tijdzone.GetUtcOffset(lokaal)).ToUniversalTime();
    }

    /// <summary>The default next evaluatiedatum when a plan is verlengd: one year after the current one.</summary>
    public static DateOnly StandaardVerlenging(DateOnly evaluatiedatum) => evaluatiedatum.AddYears(1);
}
