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
    /// <summary>Street and number of the locatie (a public business address, not a person's).</summary>
    public string? Adres { get; set; }
    /// <summary>Usual number of participants in one group.</summary>
    public int? Groepsgrootte { get; set; }
    public bool Rolstoeltoegankelijk { get; set; }
    /// <summary>Languages spoken by the staff, as lower-case names ("nederlands", "turks").</summary>
    public List<string> Talen { get; set; } = [];
    /// <summary>Takes participants from the whole city, not only from its own stadsdeel.</summary>
    public bool Stadsbreed { get; set; }
    public Wachttijd? WachttijdIndicatie { get; set; }
    /// <summary>When the waiting time was last confirmed: an old indication is worth less.</summary>
    public DateOnly? WachttijdBijgewerktOp { get; set; }
    /// <summary>The contact person in the network: a medewerker of this locatie's aanbieder.</summary>
    public int? ContactpersoonId { get; set; }
    public Medewerker? Contactpersoon { get; set; }
    /// <summary>The provider's page on jekuntmeer.nl: a link, its content is never copied.</summary>
    public string? JekuntmeerUrl { get; set; }
    /// <summary>Plans and offers refer to a locatie, so it is ended, never deleted.</summary>
    public bool Actief { get; set; } = true;
    public DateTimeOffset? BeeindigdOp { get; set; }
    public List<LocatieWijziging> Wijzigingen { get; set; } = [];
}

/// <summary>A coarse indication of the waiting time for a new participant.</summary>
public enum Wachttijd
{
    Direct = 1,
    MinderDanMaand = 2,
    EenTotDrieMaanden = 3,
    MeerDanDrieMaanden = 4,
}

public static class WachttijdExtensions
{
    public static string Weergave(this Wachttijd wachttijd) => wachttijd switch
    {
        Wachttijd.Direct => "Direct plek",
        Wachttijd.MinderDanMaand => "Minder dan een maand",
        Wachttijd.EenTotDrieMaanden => "1 tot 3 maanden",
        Wachttijd.MeerDanDrieMaanden => "Meer dan 3 maanden",
        _ => wachttijd.ToString(),
    };
}

/// <summary>Who changed which fields of a locatie, and when (the field codes of <see cref="LocatieRegels"/>).</summary>
public class LocatieWijziging
{
    public int Id { get; set; }
    public int LocatieId { get; set; }
    public Locatie? Locatie { get; set; }
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public DateTimeOffset Op { get; set; }
    /// <summary>Comma-separated field codes ("adres,wachttijd"); "aangemaakt" or "beeindigd" for those events.</summary>
    public required string Velden { get; set; }
}
