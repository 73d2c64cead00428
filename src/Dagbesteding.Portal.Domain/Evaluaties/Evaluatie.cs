using Dagbesteding.Portal.Domain.Casussen;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>
/// The evaluation of a plan. It starts six weeks before the evaluatiedatum; a background job opens it
/// at StartOp so nobody has to remember.
/// </summary>
public class Evaluatie
{
    public const int WekenVooraf = 6;

    public int Id { get; set; }
    public int OndersteuningsplanId { get; set; }
    public Ondersteuningsplan? Ondersteuningsplan { get; set; }
    public DateOnly Evaluatiedatum { get; set; }
    public DateOnly StartOp { get; set; }
    public DateTimeOffset? GeopendOp { get; set; }
    public DateTimeOffset? VoorgesprekOp { get; set; }
    public bool? RegievoerderBijVoorgesprek { get; set; }
    public DateTimeOffset? OverdrachtOntvangenOp { get; set; }
    public EvaluatieUitkomst? Uitkomst { get; set; }
    public DateTimeOffset? AfgerondOp { get; set; }
    public Guid Versie { get; set; } = Guid.NewGuid();

    public static DateOnly BerekenStart(DateOnly evaluatiedatum) => evaluatiedatum.AddDays(-7 * WekenVooraf);
}

public enum EvaluatieUitkomst
{
    Afsluiten = 1,
    Verlengen = 2,
    Wijzigen = 3,
    Overdragen = 4,
}
