namespace Dagbesteding.Portal.Realtime;

public enum KanaalGebeurtenisSoort
{
    NieuweVraag = 1,
    NieuweReactie = 2,
    Besloten = 3,
    /// <summary>Status changed by the system (e.g. the deadline sweep marked the request verlopen).</summary>
    StatusGewijzigd = 4,
}

/// <summary>
/// What changed in a stadsdeel channel. Carries ids and an anonymised summary only — never personal data —
/// because it is pushed to every member of the channel. Published after the change is stored.
/// DoorMedewerkerId (who caused it, null for the system) only keeps the author from being told of their own post.
/// </summary>
public sealed record KanaalGebeurtenis(
    int KanaalId,
    int AdviesvraagId,
    KanaalGebeurtenisSoort Soort,
    string Samenvatting,
    DateTimeOffset Op,
    int? DoorMedewerkerId = null);

/// <summary>
/// A casus on a stadsdeel board changed (moved, new, edited). Ids and an anonymised summary (kenmerk and step),
/// never personal data; boards reload the changed card from the database with the viewer's own rights.
/// </summary>
public sealed record BordGebeurtenis(int StadsdeelId, int CasusId, string Samenvatting, DateTimeOffset Op, int? DoorMedewerkerId = null);

/// <summary>A notification for one medewerker, already stored as a Melding row before it is pushed.</summary>
public sealed record PersoonlijkeMelding(int MedewerkerId, long MeldingId, string Tekst, string? Link, DateTimeOffset Op);

/// <summary>
/// The one publish point for live updates. Callers persist first, then publish; a client that missed a push
/// catches up from the database, so a lost push never loses data.
/// </summary>
public interface IRealtimePublisher
{
    Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default);

    Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default);

    /// <summary>
    /// A medewerker joined or left a channel: their live connections are regrouped from the database, so someone
    /// who left receives nothing new.
    /// </summary>
    Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default);

    /// <summary>A casus on a board changed: every open board of that stadsdeel refreshes.</summary>
    Task BordGewijzigdAsync(BordGebeurtenis gebeurtenis, CancellationToken cancellationToken = default);
}
