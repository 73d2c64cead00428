using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// Who has which stadsdeel board open ("ook aan het kijken: …"). A circuit on this node registers when the board
/// opens and its registration is removed on dispose; with more nodes, the others' viewers arrive as snapshots per
/// node and board (<see cref="BordKijkers"/>, sent by <see cref="AanwezigheidOverNodes"/>) and are merged in
/// <see cref="Kijkers"/>. <see cref="Gewijzigd"/> tells the open boards to redraw. Names only of colleagues who
/// could see the same board anyway.
/// </summary>
public sealed class BordAanwezigheid(TimeProvider tijd)
{
    private readonly ConcurrentDictionary<Guid, (int StadsdeelId, Kijker Kijker)> _kijkers = new();
    private readonly Lock _eldersSlot = new();
    private readonly Dictionary<(string Node, int StadsdeelId), Momentopname> _elders = [];

    /// <summary>The viewers of this board may have changed (here or on another node).</summary>
    public event Action<int>? Gewijzigd;

    public IDisposable Kijk(int stadsdeelId, int medewerkerId, string naam)
    {
        var id = Guid.NewGuid();
        _kijkers[id] = (stadsdeelId, new Kijker(medewerkerId, naam));
        Gewijzigd?.Invoke(stadsdeelId);
        return new Afmelding(() =>
        {
            if (_kijkers.TryRemove(id, out var kijker))
            {
                Gewijzigd?.Invoke(kijker.StadsdeelId);
            }
        });
    }

    /// <summary>The others looking at this board, on any node (the viewer's own tabs excluded), each name once.</summary>
    public IReadOnlyList<string> Kijkers(int stadsdeelId, int behalveMedewerkerId)
    {
        List<Momentopname> elders;
        lock (_eldersSlot)
        {
            elders = _elders.Where(e => e.Key.StadsdeelId == stadsdeelId).Select(e => e.Value).ToList();
        }
        var eigen = _kijkers.Values.Where(k => k.StadsdeelId == stadsdeelId).Select(k => k.Kijker);
        return Kijkerslijst.Samengevoegd(eigen, elders, behalveMedewerkerId, tijd.GetUtcNow());
    }

    /// <summary>Registrations on this node (open boards, tabs counted apart).</summary>
    public int Aantal => _kijkers.Count;

    /// <summary>This node's own viewers per board, one entry per medewerker: what it tells the other nodes.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Kijker>> EigenKijkers() =>
        _kijkers.Values.GroupBy(k => k.StadsdeelId)
            .ToDictionary(g => g.Key, g => Kijkerslijst.PerMedewerker(g.Select(k => k.Kijker)));

    /// <summary>Another node's snapshot of one board: replaces what that node said before about it.</summary>
    public void Ontvang(string node, BordKijkers snapshot)
    {
        var sleutel = (node, snapshot.StadsdeelId);
        var nu = tijd.GetUtcNow();
        bool gewijzigd;
        lock (_eldersSlot)
        {
            _elders.TryGetValue(sleutel, out var vorige);
            if (snapshot.Kijkers.Count == 0)
            {
                gewijzigd = _elders.Remove(sleutel);
            }
            else
            {
                var kijkers = Kijkerslijst.PerMedewerker(snapshot.Kijkers);
                _elders[sleutel] = new Momentopname(kijkers, nu, TimeSpan.FromSeconds(snapshot.HartslagSeconden));
                // A heartbeat with the same viewers redraws nothing.
                gewijzigd = vorige is null || vorige.IsVerlopen(nu) || !vorige.Kijkers.SequenceEqual(kijkers);
            }
        }
        if (gewijzigd)
        {
            Gewijzigd?.Invoke(snapshot.StadsdeelId);
        }
    }

    /// <summary>
    /// Forgets the snapshots of nodes that missed two heartbeats (killed, or cut off from Redis) and redraws their
    /// boards. <see cref="Kijkers"/> already leaves them out; this makes an open board notice.
    /// </summary>
    public void Verloop()
    {
        var nu = tijd.GetUtcNow();
        List<int> borden;
        lock (_eldersSlot)
        {
            var verlopen = _elders.Where(e => e.Value.IsVerlopen(nu)).Select(e => e.Key).ToList();
            foreach (var sleutel in verlopen)
            {
                _elders.Remove(sleutel);
            }
            borden = verlopen.Select(s => s.StadsdeelId).Distinct().ToList();
        }
        foreach (var stadsdeelId in borden)
        {
            Gewijzigd?.Invoke(stadsdeelId);
        }
    }

    private sealed class Afmelding(Action afmelden) : IDisposable
    {
        private int _gedaan;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _gedaan, 1) == 0)
            {
                afmelden();
            }
        }
    }
}
