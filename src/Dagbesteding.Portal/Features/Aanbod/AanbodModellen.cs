using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Features.Aanbod;

public sealed record Keuze(int Id, string Code, string Naam);

/// <summary>What the filters offer: every stadsdeel and doelgroep, and the activities and languages that occur.</summary>
public sealed record AanbodKeuzes(IReadOnlyList<Keuze> Stadsdelen, IReadOnlyList<Keuze> Doelgroepen, IReadOnlyList<string> Activiteiten, IReadOnlyList<string> Talen)
{
    public static AanbodKeuzes Leeg { get; } = new([], [], [], []);
}

/// <summary>One locatie as the sociale kaart shows it.</summary>
public sealed record LocatieKaart(
    int Id,
    string Naam,
    int OrganisatieId,
    string Organisatie,
    string? Adres,
    string Stadsdeel,
    bool Stadsbreed,
    Percelen Percelen,
    IReadOnlyList<string> Doelgroepen,
    string? Activiteit,
    int? Groepsgrootte,
    bool Prikkelarm,
    bool Rolstoeltoegankelijk,
    bool VervoerMogelijk,
    IReadOnlyList<string> Talen,
    Wachttijd? Wachttijd,
    DateOnly? WachttijdBijgewerktOp,
    string? Contactpersoon,
    string? ContactEmail,
    string? JekuntmeerUrl,
    bool Actief)
{
    public IEnumerable<Perceel> PerceelLijst => Enum.GetValues<Perceel>().Where(p => Percelen.HasFlag(PercelenVan(p)));

    public static Percelen PercelenVan(Perceel perceel) => perceel switch
    {
        Perceel.Meedoen => Domain.Organisaties.Percelen.Meedoen,
        Perceel.Meewerken => Domain.Organisaties.Percelen.Meewerken,
        Perceel.MeewerkenPlus => Domain.Organisaties.Percelen.MeewerkenPlus,
        _ => Domain.Organisaties.Percelen.Geen,
    };
}

/// <summary>One change in a locatie's history: who, when, which fields (Dutch words).</summary>
public sealed record LocatieWijzigingRij(DateTimeOffset Op, string Door, string DoorOrganisatie, IReadOnlyList<string> Velden);

public sealed record LocatieDetail(LocatieKaart Kaart, IReadOnlyList<LocatieWijzigingRij> Wijzigingen, bool MagBewerken, bool MagBeeindigen);

/// <summary>The form of a new or existing locatie, with the contact persons the aanbieder has.</summary>
public sealed record LocatieFormulier(int? LocatieId, string Organisatie, LocatieGegevens Gegevens, IReadOnlyList<Keuze> Contactpersonen, AanbodKeuzes Keuzes);

/// <summary>A locatie in a picker (offer, question): enough to recognise it.</summary>
public sealed record LocatieKeuze(int Id, string Naam, string Organisatie, string Stadsdeel)
{
    public string Weergave => $"{Naam} ({Organisatie}, {Stadsdeel})";
}
