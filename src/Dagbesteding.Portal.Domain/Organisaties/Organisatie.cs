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
    public List<Locatie> Locaties { get; set; } = [];
    public List<Medewerker> Medewerkers { get; set; } = [];
}
