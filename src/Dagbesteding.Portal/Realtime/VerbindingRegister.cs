using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The hub connections of this node per medewerker, so a membership change can regroup them and an ended
/// sign-in can close them (<see cref="Infrastructure.Sessies.HubToegangBewaker"/>).
/// </summary>
public sealed class VerbindingRegister
{
    private readonly ConcurrentDictionary<string, (int MedewerkerId, HubCallerContext Context)> _verbindingen = new();

    public void Voegtoe(int medewerkerId, HubCallerContext context) => _verbindingen[context.ConnectionId] = (medewerkerId, context);

    public void Verwijder(string verbindingId) => _verbindingen.TryRemove(verbindingId, out _);

    public IReadOnlyList<string> VanMedewerker(int medewerkerId) =>
        _verbindingen.Where(v => v.Value.MedewerkerId == medewerkerId).Select(v => v.Key).ToList();

    public IReadOnlyList<HubCallerContext> Alle() => _verbindingen.Values.Select(v => v.Context).ToList();
}
