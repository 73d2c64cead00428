using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>The network channel of one stadsdeel: what replaces the Signal app group.</summary>
public class Kanaal
{
    public int Id { get; set; }
    public int StadsdeelId { get; set; }
    public Stadsdeel? Stadsdeel { get; set; }
    public required string Naam { get; set; }
    public List<Lidmaatschap> Lidmaatschappen { get; set; } = [];
}
