using System.Text.Json.Serialization;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// A stored change that open screens should show. Every event names the keys it concerns (<see cref="Sleutels"/>):
/// the bus hands it only to the subscriptions on those keys. The same shape travels through the Redis relay,
/// so the type discriminators below are part of the relay's wire format.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "soort")]
[JsonDerivedType(typeof(KanaalGebeurtenis), "kanaal")]
[JsonDerivedType(typeof(BordGebeurtenis), "bord")]
[JsonDerivedType(typeof(PersoonlijkeMelding), "melding")]
[JsonDerivedType(typeof(LidmaatschapGewijzigd), "lidmaatschap")]
[JsonDerivedType(typeof(ToegangBeeindigd), "toegang-beeindigd")]
[JsonDerivedType(typeof(SluitingsdagenGewijzigd), "sluitingsdagen")]
[JsonDerivedType(typeof(BordKijkers), "bord-kijkers")]
public interface ILiveGebeurtenis
{
    [JsonIgnore]
    IReadOnlyList<LiveSleutel> Sleutels { get; }

    /// <summary>False for a message that cannot have come from the portal (a malformed relay message is dropped).</summary>
    bool IsGeldig();
}

public enum KanaalGebeurtenisSoort
{
    NieuweVraag = 1,
    NieuweReactie = 2,
    Besloten = 3,
    /// <summary>Status changed by the system (e.g. the deadline sweep marked the request verlopen).</summary>
    StatusGewijzigd = 4,
}

/// <summary>
/// What changed in a stadsdeel channel. <see cref="Kaart"/> is the adviesvraag's card as every member sees it
/// (structured fields and the checked, anonymous question text; per-viewer fields neutral), so an open feed inserts
/// or replaces that one card without reading the database. SignalR clients get the event without the card: ids and
/// the structured <see cref="Samenvatting"/> only. DoorMedewerkerId (null for the system) keeps the author from
/// being told of their own post.
/// </summary>
public sealed record KanaalGebeurtenis(
    int KanaalId,
    int AdviesvraagId,
    KanaalGebeurtenisSoort Soort,
    string Samenvatting,
    DateTimeOffset Op,
    int? DoorMedewerkerId = null,
    AdviesvraagKaart? Kaart = null,
    Gericht? Gericht = null) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [LiveSleutel.Kanaal(KanaalId), LiveSleutel.Adviesvraag(AdviesvraagId)];

    /// <summary>A channel question for every member; a gerichte vraag only for its asker and the aanbieder's members.</summary>
    public bool IsZichtbaarVoor(int medewerkerId, int? organisatieId) =>
        Gericht is not { } g || Domain.Netwerk.GerichteVraag.IsZichtbaar(g.OrganisatieId, g.VragerId, medewerkerId, organisatieId);

    public bool IsGeldig() =>
        KanaalId > 0 && AdviesvraagId > 0 && Enum.IsDefined(Soort) && Samenvatting is { Length: <= 500 }
        && (Gericht is null || (Gericht.OrganisatieId > 0 && Gericht.VragerId > 0))
        && (Kaart is null || (Kaart.Id == AdviesvraagId && Kaart.KanaalId == KanaalId && Kaart.IsGeldig()));
}

/// <summary>The event is about a gerichte vraag: to this organisation, asked by this medewerker.</summary>
public sealed record Gericht(int OrganisatieId, int VragerId)
{
    /// <summary>Null for a question to the whole channel.</summary>
    public static Gericht? Voor(int? gerichtAanOrganisatieId, int vragerId) =>
        gerichtAanOrganisatieId is { } organisatie ? new Gericht(organisatie, vragerId) : null;
}

/// <summary>
/// A casus on a stadsdeel board changed (moved, new, edited). <see cref="Kaart"/> is the card after the change and
/// <see cref="Vorige"/> before it (null for a new casus): an open board decides with the viewer's own rights and
/// filter whether the card leaves or enters a column, and updates that card and the column counts only.
/// Cards carry a kenmerk, never a name or BSN.
/// </summary>
public sealed record BordGebeurtenis(
    int StadsdeelId,
    int CasusId,
    string Samenvatting,
    DateTimeOffset Op,
    int? DoorMedewerkerId = null,
    CasusKaart? Kaart = null,
    CasusKaart? Vorige = null) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [LiveSleutel.Bord(StadsdeelId), LiveSleutel.Casus(CasusId)];

    public bool IsGeldig() =>
        StadsdeelId > 0 && CasusId > 0 && Samenvatting is { Length: <= 500 }
        && (Kaart is null || (Kaart.Id == CasusId && Kaart.StadsdeelId == StadsdeelId && Kaart.IsGeldig()))
        && (Vorige is null || (Vorige.Id == CasusId && Vorige.IsGeldig()));
}

/// <summary>A notification for one medewerker, already stored as a Melding row before it is pushed.</summary>
public sealed record PersoonlijkeMelding(int MedewerkerId, long MeldingId, string Tekst, string? Link, DateTimeOffset Op) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [LiveSleutel.Medewerker(MedewerkerId)];

    /// <summary>The link only when it is a path inside the portal: never <c>javascript:</c> or another host.</summary>
    [JsonIgnore]
    public string? VeiligeLink => LokaleLink.Of(Link);

    public bool IsGeldig() => MedewerkerId > 0 && MeldingId > 0 && Tekst is { Length: > 0 and <= 500 };

    public static PersoonlijkeMelding Van(Melding melding) => new(melding.MedewerkerId, melding.Id, melding.Tekst, melding.Link, melding.Op);
}

/// <summary>A medewerker joined or left a channel: their open screens read their memberships again.</summary>
public sealed record LidmaatschapGewijzigd(int MedewerkerId) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [LiveSleutel.Medewerker(MedewerkerId)];

    public bool IsGeldig() => MedewerkerId > 0;
}

/// <summary>
/// A medewerker was deactivated: their open pages leave at once (a full reload meets the ended session) instead of
/// waiting for the next periodic re-check.
/// </summary>
public sealed record ToegangBeeindigd(int MedewerkerId) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [LiveSleutel.Medewerker(MedewerkerId)];

    public bool IsGeldig() => MedewerkerId > 0;
}

/// <summary>
/// The Beheerder added or removed a closure day: every node drops its cached working-day calendar at once (the node
/// where it happened has done so already), so deadlines on every node count the same days. No screen subscribes to it.
/// </summary>
public sealed record SluitingsdagenGewijzigd(DateTimeOffset Op) : ILiveGebeurtenis
{
    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [];

    public bool IsGeldig() => true;
}

/// <summary>
/// Who has this stadsdeel board open on the sending node, all of them (a snapshot, not a change): the other nodes
/// replace what they had from that node for this board, so a lost message is mended by the next one. Sent when the
/// node's viewers of the board change and every <see cref="HartslagSeconden"/> while there are any; an empty list
/// means "nobody here any more". A receiver forgets a snapshot after two missed heartbeats (a node killed without
/// goodbye). Only the medewerker id and the name the board shows; no screen subscribes to it: the receiving node's
/// <see cref="BordAanwezigheid"/> takes it (<see cref="AanwezigheidRelayVerwerker"/>).
/// </summary>
public sealed record BordKijkers(int StadsdeelId, IReadOnlyList<Kijker> Kijkers, int HartslagSeconden) : ILiveGebeurtenis
{
    /// <summary>More names than fit on the line under the board are cut off by the sender.</summary>
    public const int MaxKijkers = 200;

    public const int MaxHartslagSeconden = 3600;

    [JsonIgnore]
    public IReadOnlyList<LiveSleutel> Sleutels => [];

    public bool IsGeldig() =>
        StadsdeelId > 0 && HartslagSeconden is > 0 and <= MaxHartslagSeconden
        && Kijkers is { Count: <= MaxKijkers }
        && Kijkers.All(k => k is { MedewerkerId: > 0, Naam.Length: > 0 and <= Kijker.MaxNaam } && !string.IsNullOrWhiteSpace(k.Naam)
            && !k.Naam.Any(char.IsControl))
        && Kijkers.Select(k => k.MedewerkerId).Distinct().Count() == Kijkers.Count;
}
