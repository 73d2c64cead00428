using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>What the asker fills in. Structured fields carry what the question needs; the text stays anonymous.</summary>
public sealed class NieuweAdviesvraag
{
    public const int MinLengte = 20;
    public const int MaxLengte = 2000;
    public const int WensMinLengte = 10;
    public const int WensMaxLengte = 500;

    public int StadsdeelId { get; set; }
    /// <summary>"De wens van de Amsterdammer staat voorop": asked first, shown first.</summary>
    public string WensAmsterdammer { get; set; } = "";
    public Leeftijdscategorie? Leeftijdscategorie { get; set; }
    /// <summary>Null is "weet niet".</summary>
    public Perceel? GewenstPerceel { get; set; }
    public HashSet<int> DoelgroepIds { get; set; } = [];
    public bool VervoerNodig { get; set; }
    public bool Spoed { get; set; }
    public string Vraag { get; set; } = "";
    /// <summary>Optional: a concrete question about, or preference for, an active locatie of the sociale kaart.</summary>
    public int? LocatieId { get; set; }
    /// <summary>Null: to the whole channel. Otherwise a gerichte vraag to this aanbieder only.</summary>
    public int? GerichtAanOrganisatieId { get; set; }
}

/// <summary>An aanbieder a member can put a gerichte vraag to: one with members in the channel.</summary>
public sealed record GerichtAanKeuze(int OrganisatieId, string Naam);

public sealed class NieuweReactie
{
    public const int MinLengte = 2;
    public const int MaxLengte = 2000;

    public string Tekst { get; set; } = "";
    public bool IsAanbod { get; set; }
    public int? LocatieId { get; set; }
    public int? WachttijdWeken { get; set; }
    public bool VervoerMogelijk { get; set; }
}

public sealed class NieuwBesluit
{
    public const int MinLengte = 5;
    public const int MaxLengte = 1000;

    /// <summary>A buurtteam decision (an offer, or none), or the asker's explicit close without one.</summary>
    public Afsluiting Soort { get; set; } = Afsluiting.Besluit;
    /// <summary>The chosen offer, or null when none of the offers was chosen.</summary>
    public int? GekozenReactieId { get; set; }
    public string Toelichting { get; set; } = "";
    /// <summary>Needed for a decision before the two working days are over: "mits alle betrokkenen zijn gehoord".</summary>
    public bool IedereenGehoord { get; set; }
    /// <summary>Needed with two or more offers: "beslist de buurtteammedewerker samen met de Amsterdammer".</summary>
    public bool SamenMetAmsterdammer { get; set; }
}

public sealed record AdviesvraagKaart(
    int Id,
    int KanaalId,
    string Kanaal,
    DateTimeOffset GeplaatstOp,
    Leeftijdscategorie Leeftijdscategorie,
    Perceel? GewenstPerceel,
    IReadOnlyList<string> Doelgroepen,
    bool VervoerNodig,
    bool Spoed,
    string Vraag,
    AdviesvraagStatus Status,
    DateTimeOffset Deadline,
    int AantalReacties,
    bool Ongelezen,
    bool IsEigen)
{
    /// <summary>The escalation moment: from then on the countdown shows the warning colour.</summary>
    public DateTimeOffset WaarschuwingOp { get; init; }

    /// <summary>"De wens van de Amsterdammer staat voorop"; null on questions from before the field.</summary>
    public string? WensAmsterdammer { get; init; }

    /// <summary>The aanbieder a gerichte vraag was put to; null for a question to the whole channel.</summary>
    public string? GerichtAan { get; init; }

    /// <summary>How a closed question was closed; null while open (and on questions closed before this was kept).</summary>
    public Afsluiting? Afsluiting { get; init; }

    /// <summary>A card from outside the process (the Redis relay) is shown only when it is complete and plausible.</summary>
    public bool IsGeldig() =>
        Kanaal is { Length: > 0 and <= 200 } && Vraag is { Length: > 0 and <= NieuweAdviesvraag.MaxLengte }
        && WensAmsterdammer is null or { Length: > 0 and <= NieuweAdviesvraag.WensMaxLengte }
        && GerichtAan is null or { Length: > 0 and <= 200 }
        && (Afsluiting is null || Enum.IsDefined(Afsluiting.Value))
        && Doelgroepen is not null && Doelgroepen.All(d => d is { Length: > 0 and <= 100 })
        && Enum.IsDefined(Leeftijdscategorie) && (GewenstPerceel is null || Enum.IsDefined(GewenstPerceel.Value))
        && Enum.IsDefined(Status) && AantalReacties >= 0
        && WaarschuwingOp >= GeplaatstOp && WaarschuwingOp <= Deadline;
}

public sealed record ReactieWeergave(
    int Id,
    string Auteur,
    string Organisatie,
    string Tekst,
    DateTimeOffset GeplaatstOp,
    bool IsAanbod,
    string? AanbodLocatie,
    int? WachttijdWeken,
    bool? VervoerMogelijk,
    bool IsGekozen)
{
    /// <summary>The offered locatie, linked to its page on the sociale kaart.</summary>
    public int? AanbodLocatieId { get; init; }
}

public sealed record AdviesvraagDetail(
    AdviesvraagKaart Kaart,
    string Vrager,
    string VragerOrganisatie,
    IReadOnlyList<ReactieWeergave> Reacties,
    DateTimeOffset? BesluitOp,
    string? BesluitToelichting,
    bool MagBesluiten,
    bool MagReageren)
{
    /// <summary>The asker may close the question without a decision (always the asker, while it is not closed).</summary>
    public bool MagAfsluiten { get; init; }

    /// <summary>The two working days are not over: a decision now asks to confirm that everyone was heard.</summary>
    public bool BinnenTermijn { get; init; }

    /// <summary>Who recorded the decision or the close, and for whom it was (shown on the closed thread).</summary>
    public string? BesluitDoor { get; init; }

    /// <summary>Where the casuïstiekoverleg discussed this question, and what was agreed.</summary>
    public IReadOnlyList<Overleg.Bespreking> Besprekingen { get; init; } = [];

    /// <summary>The asker's concrete question about, or preference for, a locatie (<see cref="NieuweAdviesvraag.LocatieId"/>).</summary>
    public AanbodLocatie? VoorkeurLocatie { get; init; }
}

public sealed record AanbodLocatie(int Id, string Naam, string Stadsdeel);

public sealed class ArchiefFilter
{
    public const int TekstMaxLengte = 200;

    public string? Tekst { get; set; }
    public Perceel? Perceel { get; set; }
    public int? DoelgroepId { get; set; }
    public int? StadsdeelId { get; set; }
}

public sealed record ArchiefTreffer(AdviesvraagKaart Kaart, DateTimeOffset BesluitOp, string? GekozenAanbod, string? BesluitToelichting);

public static class LeeftijdscategorieExtensions
{
    public static string Weergave(this Leeftijdscategorie categorie) => categorie switch
    {
        Leeftijdscategorie.Onder18 => "jonger dan 18",
        Leeftijdscategorie.Van18Tot27 => "18–27 jaar",
        Leeftijdscategorie.Van27Tot45 => "27–45 jaar",
        Leeftijdscategorie.Van45Tot67 => "45–67 jaar",
        Leeftijdscategorie.Vanaf67 => "67 jaar of ouder",
        _ => categorie.ToString(),
    };
}

public static class AdviesvraagStatusExtensions
{
    public static string Weergave(this AdviesvraagStatus status) => status switch
    {
        AdviesvraagStatus.Open => "open",
        AdviesvraagStatus.Beantwoord => "beantwoord",
        AdviesvraagStatus.Besloten => "besloten",
        AdviesvraagStatus.Verlopen => "verlopen",
        _ => status.ToString(),
    };
}
