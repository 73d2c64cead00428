using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>
/// Werkproces step 7: "De evaluatie moet 6 weken voor de evaluatiedatum starten." Pure rules, no storage.
/// </summary>
public static class EvaluatieRegels
{
    /// <summary>An evaluatiedatum further than this after the plan's start is a typing error, not a plan.</summary>
    public const int MaxJarenNaStart = 5;

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

    /// <summary>
    /// A refused evaluatiedatum in Dutch, or null: not in the past, after the plan's start, and at most
    /// <see cref="MaxJarenNaStart"/> years after it (year 0001 or 9999 is refused before it reaches a board).
    /// </summary>
    public static string? ToetsEvaluatiedatum(DateOnly? startdatum, DateOnly? evaluatiedatum, DateOnly vandaag)
    {
        if (evaluatiedatum is not { } datum)
        {
            return null;
        }
        if (datum < vandaag)
        {
            return $"De evaluatiedatum ({datum:d-M-yyyy}) ligt in het verleden. Kies een datum vanaf vandaag.";
        }
        if (startdatum is { } start && datum <= start)
        {
            return "De evaluatiedatum moet na de startdatum liggen.";
        }
        var grens = (startdatum is { } s && s > vandaag ? s : vandaag).AddYears(MaxJarenNaStart);
        if (datum > grens)
        {
            return $"De evaluatiedatum ligt meer dan {MaxJarenNaStart} jaar na de start. Controleer de datum (meestal een jaar na de start).";
        }
        return null;
    }

    /// <summary>A start date far outside any real plan (year 0001, 9999) is refused.</summary>
    public static string? ToetsStartdatum(DateOnly? startdatum, DateOnly vandaag) =>
        startdatum is { } start && (start < vandaag.AddYears(-MaxJarenNaStart) || start > vandaag.AddYears(MaxJarenNaStart))
            ? $"De startdatum ({start:d-M-yyyy}) ligt meer dan {MaxJarenNaStart} jaar van vandaag. Controleer de datum."
            : null;
}
