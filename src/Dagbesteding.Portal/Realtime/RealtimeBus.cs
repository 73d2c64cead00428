using System.Collections.Concurrent;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// In-process fan-out to the Blazor circuits of this node. Components subscribe here (they never open a
/// HubConnection to their own app) and must dispose their subscription. With Redis configured, every node's
/// bus receives what any node published (see <see cref="RedisRealtimeRelay"/>).
/// </summary>
public sealed class RealtimeBus(ILogger<RealtimeBus> logger)
{
    private readonly ConcurrentDictionary<Guid, Abonnement> _abonnementen = new();

    public IDisposable Abonneer(
        Func<KanaalGebeurtenis, Task>? opKanaal = null,
        Func<PersoonlijkeMelding, Task>? opMelding = null,
        Func<int, Task>? opLidmaatschap = null,
        Func<BordGebeurtenis, Task>? opBord = null)
    {
        var id = Guid.NewGuid();
        _abonnementen[id] = new Abonnement(opKanaal, opMelding, opLidmaatschap, opBord);
        return new Opzegging(() => _abonnementen.TryRemove(id, out _));
    }

    internal Task VerspreidAsync(KanaalGebeurtenis gebeurtenis) => Verspreid(a => a.OpKanaal?.Invoke(gebeurtenis));

    internal Task VerspreidAsync(PersoonlijkeMelding melding) => Verspreid(a => a.OpMelding?.Invoke(melding));

    internal Task VerspreidAsync(BordGebeurtenis gebeurtenis) => Verspreid(a => a.OpBord?.Invoke(gebeurtenis));

    internal Task VerspreidLidmaatschapAsync(int medewerkerId) => Verspreid(a => a.OpLidmaatschap?.Invoke(medewerkerId));

    private async Task Verspreid(Func<Abonnement, Task?> actie)
    {
        foreach (var abonnement in _abonnementen.Values)
        {
            try
            {
                if (actie(abonnement) is { } taak)
                {
                    await taak;
                }
            }
            catch (Exception ex)
            {
                // One broken circuit must not stop the others from getting the update.
                logger.LogWarning(ex, "Een abonnee op live updates faalde.");
            }
        }
    }

    private sealed record Abonnement(
        Func<KanaalGebeurtenis, Task>? OpKanaal,
        Func<PersoonlijkeMelding, Task>? OpMelding,
        Func<int, Task>? OpLidmaatschap,
        Func<BordGebeurtenis, Task>? OpBord);

    private sealed class Opzegging(Action opzeggen) : IDisposable
    {
        private int _opgezegd;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _opgezegd, 1) == 0)
            {
                opzeggen();
            }
        }
    }
}
