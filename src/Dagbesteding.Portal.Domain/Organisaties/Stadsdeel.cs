namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>A stadsdeel (Centrum, West, … Weesp). Data, not an enum: stadsdelen can be added.</summary>
public class Stadsdeel
{
    public int Id { get; set; }
    public int GemeenteId { get; set; }
    public Gemeente? Gemeente { get; set; }
    public required string Naam { get; set; }
    /// <summary>Short, URL-safe code ("west", "nieuw-west").</summary>
    public required string Code { get; set; }
    /// <summary>The municipality's forecast of dagbesteding requests per month (new and renewals), for the dashboard.</summary>
    public int? PrognoseAanvragenPerMaand { get; set; }
}
