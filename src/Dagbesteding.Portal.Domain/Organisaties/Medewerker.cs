namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>A professional of a network organisation. The login account (Identity) points here.</summary>
public class Medewerker
{
    public int Id { get; set; }
    public int OrganisatieId { get; set; }
    public Organisatie? Organisatie { get; set; }
    public required string Naam { get; set; }
    public required string Email { get; set; }
    public Functie Functie { get; set; }
    public bool Actief { get; set; } = true;
    /// <summary>The stadsdeel last chosen in the switcher; remembered between sessions.</summary>
    public int? GekozenStadsdeelId { get; set; }
    public bool DonkereModus { get; set; }
}

public enum Functie
{
    Buurtteammedewerker = 1,
    AanbiederContactpersoon = 2,
    Inkomensconsulent = 3,
    Klantbegeleider = 4,
    Netwerkmanager = 5,
    Functioneelbeheerder = 6,
}
