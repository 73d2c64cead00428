namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>A coarse target-group tag (never a diagnosis): psychiatrie, NAH, autisme, LHBTIQ+…</summary>
public class Doelgroep
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
}
