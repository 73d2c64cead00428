using System.Collections.Concurrent;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// In-process fan-out to the Blazor circuits of this node, by key. <see cref="Verspreid"/> only hands the event to
/// the queue of every circuit subscribed to one of its keys and returns: it never waits for a circuit, so a slow,
/// broken or disconnected circuit delays no other circuit and no poster. Components subscribe through their
/// circuit's <see cref="LiveVerbinding"/> (never a HubConnection to their own app). With Redis configured, the
/// relay hands every other node's events to this bus as well (see <see cref="RedisRealtimeRelay"/>).
/// </summary>
public sealed class RealtimeBus
{
    private readonly ConcurrentDictionary<LiveSleutel, ConcurrentDictionary<LiveAbonnement, byte>> _perSleutel = new();

    /// <summary>Hands the event to every subscription on its keys; returns how many it reached.</summary>
    public int Verspreid(ILiveGebeurtenis gebeurtenis)
    {
        var bereikt = 0;
        foreach (var sleutel in gebeurtenis.Sleutels)
        {
            if (!_perSleutel.TryGetValue(sleutel, out var abonnementen))
            {
                continue;
            }
            // Enumerating a ConcurrentDictionary takes no snapshot and no lock: subscribing meanwhile is safe.
            foreach (var (abonnement, _) in abonnementen)
            {
                if (abonnement.Accepteert(gebeurtenis))
                {
                    abonnement.Verbinding.Bezorg(abonnement, gebeurtenis);
                    bereikt++;
                }
            }
        }
        return bereikt;
    }

    internal void Voegtoe(LiveAbonnement abonnement) =>
        _perSleutel.GetOrAdd(abonnement.Sleutel, _ => new()).TryAdd(abonnement, 0);

    // Empty key sets stay: removing them races with a concurrent subscribe, and there are few keys (channels,
    // stadsdelen, open casussen, medewerkers).
    internal void Verwijder(LiveAbonnement abonnement)
    {
        if (_perSleutel.TryGetValue(abonnement.Sleutel, out var abonnementen))
        {
            abonnementen.TryRemove(abonnement, out _);
        }
    }
}

/// <summary>One component's interest in one key and one type of event.</summary>
public sealed class LiveAbonnement(LiveVerbinding verbinding, LiveSleutel sleutel, Type soort, Func<ILiveGebeurtenis, Task> opGebeurtenis, Func<Task>? inhalen)
{
    public LiveVerbinding Verbinding { get; } = verbinding;
    public LiveSleutel Sleutel { get; } = sleutel;
    public Func<ILiveGebeurtenis, Task> OpGebeurtenis { get; } = opGebeurtenis;
    /// <summary>Reads the screen again from the database after events were missed; null when nothing to catch up.</summary>
    public Func<Task>? Inhalen { get; } = inhalen;

    public bool Accepteert(ILiveGebeurtenis gebeurtenis) => soort.IsInstanceOfType(gebeurtenis);
}
