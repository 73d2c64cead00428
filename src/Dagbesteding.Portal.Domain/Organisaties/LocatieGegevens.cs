namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>What a Beheerder or the aanbieder fills in for a locatie; checked by <see cref="LocatieRegels"/> before anything is stored.</summary>
public sealed class LocatieGegevens
{
    public int OrganisatieId { get; set; }
    public string Naam { get; set; } = "";
    public string? Adres { get; set; }
    public int? StadsdeelId { get; set; }
    public bool Stadsbreed { get; set; }
    public Percelen Percelen { get; set; }
    public HashSet<int> DoelgroepIds { get; set; } = [];
    public string? Activiteit { get; set; }
    public int? Groepsgrootte { get; set; }
    public bool Prikkelarm { get; set; }
    public bool Rolstoeltoegankelijk { get; set; }
    public bool VervoerMogelijk { get; set; }
    /// <summary>Languages as typed, separated by commas.</summary>
    public string? Talen { get; set; }
    public Wachttijd? WachttijdIndicatie { get; set; }
    public int? ContactpersoonId { get; set; }
    public string? JekuntmeerUrl { get; set; }

    public static LocatieGegevens Van(Locatie l) => new()
    {
        OrganisatieId = l.OrganisatieId,
        Naam = l.Naam,
        Adres = l.Adres,
        StadsdeelId = l.StadsdeelId,
        Stadsbreed = l.Stadsbreed,
        Percelen = l.Percelen,
        DoelgroepIds = l.Doelgroepen.Select(d => d.Id).ToHashSet(),
        Activiteit = l.Activiteit,
        Groepsgrootte = l.Groepsgrootte,
        Prikkelarm = l.Prikkelarm,
        Rolstoeltoegankelijk = l.Rolstoeltoegankelijk,
        VervoerMogelijk = l.VervoerMogelijk,
        Talen = string.Join(", ", l.Talen),
        WachttijdIndicatie = l.WachttijdIndicatie,
        ContactpersoonId = l.ContactpersoonId,
        JekuntmeerUrl = l.JekuntmeerUrl,
    };
}
