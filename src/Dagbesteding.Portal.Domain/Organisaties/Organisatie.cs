namespace Dagbesteding.Portal.Domain.Organisaties;

public class Organisatie
{
    public int Id { get; set; }
    public int GemeenteId { get; set; }
    public Gemeente? Gemeente { get; set; }
    public required string Naam { get; set; }
    public OrganisatieType Type { get; set; }
    /// <summary>Set for a buurtteamorganisatie: the stadsdeel it works in. Aanbieders work where their locaties are.</summary>
    public int? StadsdeelId { get; set; }
    public Stadsdeel? Stadsdeel { get; set; }
    /// <summary>Link to the public social map (jekuntmeer.nl): link, don't copy.</summary>
    public string? Website { get; set; }
    public bool Actief { get; set; } = true;
    /// <summary>Casussen and replies refer to an organisation, so it is ended, never deleted.</summary>
    public DateTimeOffset? BeeindigdOp { get; set; }
    /// <summary>For organisations other than a buurtteam: the stadsdelen where it is active.</summary>
    public List<Stadsdeel> ActieveStadsdelen { get; set; } = [];
    public List<Locatie> Locaties { get; set; } = [];
    public List<Medewerker> Medewerkers { get; set; } = [];
}
