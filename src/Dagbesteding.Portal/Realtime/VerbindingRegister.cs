using System.Collections.Concurrent;

namespace Dagbesteding.Portal.Realtime;

/// <summary>The hub connections of this node per medewerker, so a membership change can regroup them.</summary>
public sealed class VerbindingRegister
{
    private readonly ConcurrentDictionary<string, int> _verbindingen = new();

    public void Voegtoe(int medewerkerId, string verbindingId) => _verbindingen[verbindingId] = medewerkerId;

    public void Verwijder(string verbindingId) => _verbindingen.TryRemove(verbindingId, out _);

    public IReadOnlyList<string> VanMedewerker(int medewerkerId) =>
        _verbindingen.Where(v => v.Value == medewerkerId).Select(v => v.Key).ToList();
}
