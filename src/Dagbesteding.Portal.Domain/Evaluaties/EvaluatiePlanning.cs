using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>What the planning rule needs to know about a plan; a snapshot, so the rule stays pure.</summary>
public sealed record PlanStand(PlanStatus Status, DateOnly? Evaluatiedatum, WerkprocesStap CasusStap);

/// <summary>The plan's evaluation that is not afgerond yet, if any.</summary>
public sealed record LopendeEvaluatie(bool Geopend, DateOnly Evaluatiedatum, DateOnly StartOp);

public enum PlanningSoort
{
    /// <summary>Nothing to change.</summary>
    Geen,
    /// <summary>A new evaluation is planned (gepland, not yet open).</summary>
    Plannen,
    /// <summary>The evaluatiedatum changed: a planned evaluation moves (new start); an open one keeps its start.</summary>
    Verzetten,
    /// <summary>The plan no longer needs its planned evaluation (no longer akkoord, no date): it is removed with its job.</summary>
    Vervallen,
    /// <summary>The casus stopped during an open evaluation: it ends with uitkomst afsluiten.</summary>
    Beeindigen,
}

public sealed record PlanningBesluit(PlanningSoort Soort, DateOnly? Evaluatiedatum = null, DateOnly? StartOp = null)
{
    public static readonly PlanningBesluit Geen = new(PlanningSoort.Geen);
}

/// <summary>
/// Derives a plan's evaluation from the plan (the database is the source of truth; jobs follow from this). Every
/// akkoord plan with an evaluatiedatum whose casus has not stopped has exactly one evaluation that is not afgerond,
/// starting on <see cref="EvaluatieRegels.Startdag"/>. Used after every change of a casus and by the reconcile
/// job, so both decide the same way.
/// </summary>
public static class EvaluatiePlanning
{
    public static PlanningBesluit Bepaal(PlanStand plan, LopendeEvaluatie? lopend, WerkdagKalender kalender)
    {
        var gestopt = plan.CasusStap == WerkprocesStap.Gestopt;
        var nodig = plan.Status == PlanStatus.Akkoord && plan.Evaluatiedatum is not null && !gestopt;
        if (lopend is null)
        {
            return nodig
                ? new PlanningBesluit(PlanningSoort.Plannen, plan.Evaluatiedatum, EvaluatieRegels.Startdag(plan.Evaluatiedatum!.Value, kalender))
                : PlanningBesluit.Geen;
        }
        if (lopend.Geopend)
        {
            if (gestopt || plan.Status == PlanStatus.Beeindigd)
            {
                return new PlanningBesluit(PlanningSoort.Beeindigen);
            }
            // An open evaluation keeps running while the plan is reworked; a new date is followed.
            return plan.Evaluatiedatum is { } datum && datum != lopend.Evaluatiedatum
                ? new PlanningBesluit(PlanningSoort.Verzetten, datum, lopend.StartOp)
                : PlanningBesluit.Geen;
        }
        if (!nodig)
        {
            return new PlanningBesluit(PlanningSoort.Vervallen);
        }
        var start = EvaluatieRegels.Startdag(plan.Evaluatiedatum!.Value, kalender);
        // Also a closure day added later moves a planned start: the stored start is re-derived, never trusted.
        return plan.Evaluatiedatum != lopend.Evaluatiedatum || start != lopend.StartOp
            ? new PlanningBesluit(PlanningSoort.Verzetten, plan.Evaluatiedatum, start)
            : PlanningBesluit.Geen;
    }
}
