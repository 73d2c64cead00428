using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>An in-portal notification for one medewerker (escalation, warm handover, evaluation opened).</summary>
public class Melding
{
    public long Id { get; set; }
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public DateTimeOffset Op { get; set; }
    public required string Tekst { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset? GelezenOp { get; set; }
}
