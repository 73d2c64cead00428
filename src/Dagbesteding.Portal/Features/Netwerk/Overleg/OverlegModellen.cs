namespace Dagbesteding.Portal.Features.Netwerk.Overleg;

public sealed class NieuwOverleg
{
    public int KanaalId { get; set; }
    /// <summary>Local date and time in Amsterdam, as the netwerkmanager types it.</summary>
    public DateTime? Datum { get; set; }
    public string Plaats { get; set; } = "";
    public bool Online { get; set; }
}

public sealed class NieuwOverlegPunt
{
    public int? AdviesvraagId { get; set; }
    /// <summary>A casus is named by its kenmerk (the RIS reference), as the members know it.</summary>
    public string? CasusKenmerk { get; set; }
    public string Toelichting { get; set; } = "";
}

/// <summary>A meeting in the list of the stadsdeel.</summary>
public sealed record OverlegRegel(int Id, DateTimeOffset Datum, string Plaats, bool Online, int AantalPunten, bool IsGeweest);

/// <summary>One item as this viewer may see it: a casus the viewer may not see is shown without its kenmerk.</summary>
public sealed record OverlegPuntWeergave(
    int Id,
    int? AdviesvraagId,
    int? CasusId,
    string? CasusKenmerk,
    bool Zichtbaar,
    string? Toelichting,
    string ToegevoegdDoor,
    string? Uitkomst,
    DateTimeOffset? UitkomstOp,
    bool MagUitkomstVastleggen);

/// <summary>An expired question of the channel that is on no agenda yet: suggested for the next meeting.</summary>
public sealed record OverlegSuggestie(int AdviesvraagId, DateTimeOffset VerlopenOp, string Samenvatting);

public sealed record OverlegDetail(
    int Id,
    int KanaalId,
    string Kanaal,
    DateTimeOffset Datum,
    string Plaats,
    bool Online,
    bool IsGeweest,
    IReadOnlyList<OverlegPuntWeergave> Punten,
    IReadOnlyList<OverlegSuggestie> Suggesties);

/// <summary>The overview of a stadsdeel: its meetings, and whether this person may plan one.</summary>
public sealed record OverlegOverzicht(int KanaalId, string Kanaal, IReadOnlyList<OverlegRegel> Overleggen, bool MagPlannen);

/// <summary>An outcome on a question or case page: where it was discussed and what was agreed.</summary>
public sealed record Bespreking(int OverlegId, DateTimeOffset Datum, string? Uitkomst);
