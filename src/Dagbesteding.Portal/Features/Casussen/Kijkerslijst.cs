namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>A colleague with a stadsdeel board open: the id (to leave out the viewer's own tabs) and the name shown.</summary>
public sealed record Kijker(int MedewerkerId, string Naam)
{
    public const int MaxNaam = 200;
}

/// <summary>
/// What another node last said about one board, and when this node received it (by this node's clock: the nodes'
/// clocks need not agree). The sending node's heartbeat says how long it holds: missing two heartbeats in a row
/// means the node is gone (killed, cut off), one may be late or lost.
/// </summary>
public sealed record Momentopname(IReadOnlyList<Kijker> Kijkers, DateTimeOffset OntvangenOp, TimeSpan Hartslag)
{
    public DateTimeOffset VerlooptOp => OntvangenOp + 2 * Hartslag;

    public bool IsVerlopen(DateTimeOffset nu) => nu >= VerlooptOp;
}

/// <summary>The rule for "Ook aan het kijken" across nodes, without state or clock, so it is tested as it is.</summary>
public static class Kijkerslijst
{
    /// <summary>
    /// This node's viewers and the other nodes' snapshots that have not expired, without the viewer themself (their own
    /// other tabs or phone, on any node), each name once, in name order.
    /// </summary>
    public static IReadOnlyList<string> Samengevoegd(
        IEnumerable<Kijker> eigen, IEnumerable<Momentopname> elders, int behalveMedewerkerId, DateTimeOffset nu) =>
        eigen.Concat(elders.Where(m => !m.IsVerlopen(nu)).SelectMany(m => m.Kijkers))
            .Where(k => k.MedewerkerId != behalveMedewerkerId)
            .Select(k => k.Naam).Distinct().Order(StringComparer.CurrentCulture).ToList();

    /// <summary>One entry per medewerker (their several tabs are one viewer), in id order, so two snapshots compare by content.</summary>
    public static IReadOnlyList<Kijker> PerMedewerker(IEnumerable<Kijker> kijkers) =>
        kijkers.DistinctBy(k => k.MedewerkerId).OrderBy(k => k.MedewerkerId).ToList();
}
