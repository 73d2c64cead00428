namespace Dagbesteding.Portal.Features.Evaluaties;

/// <summary>Settings section "Evaluaties" (documented in appsettings.template.json and the README).</summary>
public sealed class EvaluatiesOptions
{
    public const string Section = "Evaluaties";

    /// <summary>
    /// Hangfire holds a scheduled job for every evaluation that starts within this many days; later ones live only in
    /// the database, and the reconcile job schedules them when they come this close. A year of plans is not kept as
    /// Hangfire jobs (100,000 of them would be re-created after every restart with in-memory storage).
    /// </summary>
    public int JobHorizonDagen { get; set; } = 14;

    /// <summary>How often the reconcile job re-derives every evaluation and job from the database.</summary>
    public int ReconcileMinuten { get; set; } = 5;
}
