using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>
/// An anonymous question to the stadsdeel channel. Structured fields carry what the question needs;
/// the free text has passed the anonymity check. Deadline moments are stored so a sweep can act on them.
/// </summary>
public class Adviesvraag
{
    public int Id { get; set; }
    public int KanaalId { get; set; }
    public Kanaal? Kanaal { get; set; }
    public int AuteurId { get; set; }
    public Medewerker? Auteur { get; set; }
    public Leeftijdscategorie Leeftijdscategorie { get; set; }
    /// <summary>Null means "weet niet".</summary>
    public Perceel? GewenstPerceel { get; set; }
    public bool VervoerNodig { get; set; }
    public bool Spoed { get; set; }
    /// <summary>
    /// "De wens van de Amsterdammer staat voorop": what the person wants, in their own terms, shown first. Empty only on
    /// questions posted before the field existed.
    /// </summary>
    public string? WensAmsterdammer { get; set; }
    public required string Vraag { get; set; }
    public List<Doelgroep> Doelgroepen { get; set; } = [];
    /// <summary>
    /// A gerichte vraag: put to one aanbieder instead of the whole channel. Then only the asker and that aanbieder's
    /// members see it (<see cref="GerichteVraag"/>); the timer and the dashboard count it as any question of the channel.
    /// </summary>
    public int? GerichtAanOrganisatieId { get; set; }
    public Organisatie? GerichtAanOrganisatie { get; set; }
    /// <summary>Optional: the asker's concrete question about, or preference for, a locatie of the sociale kaart.</summary>
    public int? LocatieId { get; set; }
    public Locatie? Locatie { get; set; }
    public AdviesvraagStatus Status { get; set; }
    public DateTimeOffset GeplaatstOp { get; set; }
    public DateTimeOffset Deadline { get; set; }
    /// <summary>The moment one working day is left; without a reply the netwerkmanagers are warned then.</summary>
    public DateTimeOffset WaarschuwingOp { get; set; }
    public DateTimeOffset? EscalatieVerstuurdOp { get; set; }
    public DateTimeOffset? VerlopenOp { get; set; }
    /// <summary>Computed once, at the first reply, for the dashboard.</summary>
    public DateTimeOffset? EersteReactieOp { get; set; }
    public TimeSpan? EersteReactieWerktijd { get; set; }
    public bool? TermijnGehaald { get; set; }
    public DateTimeOffset? BesluitOp { get; set; }
    /// <summary>How the question was closed (with <see cref="BesluitOp"/>); null on questions closed before this was kept.</summary>
    public Afsluiting? Afsluiting { get; set; }
    /// <summary>Who recorded the decision or the close: the asker, or a buurtteammedewerker who took the regie.</summary>
    public int? BesluitDoorId { get; set; }
    public Medewerker? BesluitDoor { get; set; }
    public int? GekozenReactieId { get; set; }
    public string? BesluitToelichting { get; set; }
    public List<Reactie> Reacties { get; set; } = [];
}

public enum AdviesvraagStatus
{
    Open = 1,
    Beantwoord = 2,
    Besloten = 3,
    Verlopen = 4,
}

public enum Leeftijdscategorie
{
    Onder18 = 1,
    Van18Tot27 = 2,
    Van27Tot45 = 3,
    Van45Tot67 = 4,
    Vanaf67 = 5,
}
