using Dagbesteding.Portal.Domain.Casussen;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>
/// One evaluation of a plan, for one evaluatiedatum. It exists (gepland) as soon as the plan is akkoord with an
/// evaluatiedatum, starts six weeks before that date (<see cref="StartOp"/>, derived by <see cref="EvaluatiePlanning"/>)
/// and is opened then by a background job; it ends with the regievoerder's uitkomst. A plan has at most one
/// evaluation that is not afgerond (a unique index), so opening is a conditional claim keyed on the plan.
/// </summary>
public class Evaluatie
{
    public const int WekenVooraf = 6;
    public const int TekstMaxLengte = 1000;

    public int Id { get; set; }
    public int OndersteuningsplanId { get; set; }
    public Ondersteuningsplan? Ondersteuningsplan { get; set; }
    public DateOnly Evaluatiedatum { get; set; }
    /// <summary>The working day the evaluation starts: six weeks before the evaluatiedatum, or the working day before.</summary>
    public DateOnly StartOp { get; set; }
    public DateTimeOffset? GeopendOp { get; set; }

    // Voorgesprek aanbieder–buurtteam.
    public DateTimeOffset? VoorgesprekOp { get; set; }
    /// <summary>Recorded at the voorgesprek: will the regievoerder attend the evaluation conversation?</summary>
    public bool? RegievoerderBijEvaluatiegesprek { get; set; }

    // Evaluatieoverdracht from the aanbieder.
    public DateTimeOffset? OverdrachtOntvangenOp { get; set; }
    public int? OverdrachtDoorMedewerkerId { get; set; }
    public DoelenBereikt? DoelenBereikt { get; set; }
    public string? WatWerkte { get; set; }
    public string? Advies { get; set; }

    // The regievoerder's outcome.
    public EvaluatieUitkomst? Uitkomst { get; set; }
    public DateTimeOffset? AfgerondOp { get; set; }

    /// <summary>When the "te laat" reminder was sent (the claim that makes it once).</summary>
    public DateTimeOffset? TeLaatGemeldOp { get; set; }

    /// <summary>The Hangfire job that opens it and the moment it was scheduled for (derived; the reconcile job repairs it).</summary>
    public string? JobId { get; set; }
    public DateTimeOffset? JobVoor { get; set; }

    public Guid Versie { get; set; } = Guid.NewGuid();

    public bool IsGeopend => GeopendOp is not null;
    public bool IsAfgerond => AfgerondOp is not null;
}

public enum EvaluatieUitkomst
{
    Afsluiten = 1,
    Verlengen = 2,
    Wijzigen = 3,
    Overdragen = 4,
}

/// <summary>The aanbieder's view in the evaluatieoverdracht: were the goals of the plan reached?</summary>
public enum DoelenBereikt
{
    Ja = 1,
    Deels = 2,
    Nee = 3,
}
