namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>A place where an aanbieder offers dagbesteding. Target groups are tags: providers are "of a certain colour".</summary>
public class Locatie
{
    public int Id { get; set; }
    public int OrganisatieId { get; set; }
    public Organisatie? Organisatie { get; set; }
    public required string Naam { get; set; }
    public int StadsdeelId { get; set; }
    public Stadsdeel? Stadsdeel { get; set; }
    /// <summary>Kind of activity (kringloop, horeca, houtbewerking, atelier, zorgboerderij…).</summary>
    public string? Activiteit { get; set; }
    public Percelen Percelen { get; set; }
    public bool Prikkelarm { get; set; }
    public bool VervoerMogelijk { get; set; }
    public List<Doelgroep> Doelgroepen { get; set; } = [];
}
