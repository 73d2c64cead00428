namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>A municipality. Amsterdam is data, not code, so another gemeente can use the same portal.</summary>
public class Gemeente
{
    public int Id { get; set; }
    public required string Naam { get; set; }
    public List<Stadsdeel> Stadsdelen { get; set; } = [];
}
