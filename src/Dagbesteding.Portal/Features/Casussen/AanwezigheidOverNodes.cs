using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// "Ook aan het kijken" across nodes (only with Redis): tells the other nodes who has which board open here, as one
/// snapshot per board (<see cref="BordKijkers"/>) through the relay, and forgets the snapshots of nodes that went
/// silent. After every change of the boards (and at least every <see cref="Rust"/>, for the expiry) it waits
/// <see cref="Tik"/>, then compares this node's viewers per board with what it last sent and sends the boards that
/// differ: a burst of opens and closes is one message, and no change is missed because the comparison decides. Every
/// <see cref="RealtimeOptions.AanwezigheidSeconden"/> it sends every board with viewers again (the heartbeat that
/// keeps them shown elsewhere). On a graceful stop it sends an empty snapshot for each board it had reported.
/// </summary>
/// <remarks>
/// It sends through the relay directly, not through <see cref="IRealtimePublisher"/>: presence is no stored change,
/// no circuit or hub client of this node needs it, and the goodbye at stop must be sent (awaited) before the Redis
/// connection closes, which the publisher's hand-over-and-return cannot promise. One loop starts the sends, one after
/// the other on the one Redis connection, so the snapshots of a board arrive in order; like the publisher it does not
/// wait for them, so a Redis that hangs (each send waits for its timeout) never holds up the expiry of the others.
/// </remarks>
public sealed class AanwezigheidOverNodes(
    BordAanwezigheid aanwezigheid,
    RedisRealtimeRelay relay,
    IOptions<RealtimeOptions> opties,
    TimeProvider tijd,
    ILogger<AanwezigheidOverNodes> logger) : IHostedService
{
    /// <summary>At most one snapshot per board per tick; a change reaches the other nodes within about this.</summary>
    public static readonly TimeSpan Tik = TimeSpan.FromMilliseconds(250);

    /// <summary>Without changes the loop still wakes this often: to forget silent nodes and to send the heartbeat.</summary>
    public static readonly TimeSpan Rust = TimeSpan.FromSeconds(1);

    /// <summary>Released by every change of the boards; the loop wakes on it instead of polling four times a second.</summary>
    private readonly SemaphoreSlim _wijziging = new(0, 1);

    private readonly int _hartslagSeconden = Math.Clamp(opties.Value.AanwezigheidSeconden, 1, BordKijkers.MaxHartslagSeconden);
    /// <summary>Per board, what the other nodes last heard from this one (only non-empty lists are kept).</summary>
    private readonly Dictionary<int, IReadOnlyList<Kijker>> _verzonden = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _lus = Task.CompletedTask;
    private DateTimeOffset _volgendeHartslag;
    private int _storing;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _volgendeHartslag = tijd.GetUtcNow() + TimeSpan.FromSeconds(_hartslagSeconden);
        aanwezigheid.Gewijzigd += Wek;
        _lus = Task.Run(() => LusAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private void Wek(int stadsdeelId)
    {
        try
        {
            _wijziging.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the next comparison sees this change too.
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        aanwezigheid.Gewijzigd -= Wek;
        await _stop.CancelAsync();
        await _lus.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Goodbye: the other nodes drop this node's viewers now instead of after two missed heartbeats.
        var afscheid = _verzonden.Keys.ToList().Select(stadsdeelId => Stuur(stadsdeelId, [])).ToList();
        await Task.WhenAll(afscheid).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task LusAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await _wijziging.WaitAsync(Rust, stop);
                await Task.Delay(Tik, tijd, stop);
                try
                {
                    aanwezigheid.Verloop();
                    StuurWijzigingen();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Aanwezigheid op de borden niet naar de andere nodes gestuurd.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>The boards whose viewers differ from what was last sent, and at a heartbeat every board with viewers.</summary>
    private void StuurWijzigingen()
    {
        var nu = tijd.GetUtcNow();
        var hartslag = nu >= _volgendeHartslag;
        if (hartslag)
        {
            _volgendeHartslag = nu + TimeSpan.FromSeconds(_hartslagSeconden);
        }
        var eigen = aanwezigheid.EigenKijkers();
        foreach (var stadsdeelId in eigen.Keys.Union(_verzonden.Keys).ToList())
        {
            var kijkers = eigen.GetValueOrDefault(stadsdeelId) ?? [];
            var gewijzigd = _verzonden.TryGetValue(stadsdeelId, out var vorige) ? !vorige.SequenceEqual(kijkers) : kijkers.Count > 0;
            if (gewijzigd || (hartslag && kijkers.Count > 0))
            {
                _ = Stuur(stadsdeelId, kijkers);
            }
        }
    }

    /// <summary>
    /// Starts the send at once (in call order) and never throws. A failed send counts as sent: the heartbeat sends the
    /// board again, and an "empty" that was lost expires at the other nodes; retrying every tick would only pile up
    /// timeouts while Redis is away.
    /// </summary>
    private Task Stuur(int stadsdeelId, IReadOnlyList<Kijker> kijkers)
    {
        if (kijkers.Count == 0)
        {
            _verzonden.Remove(stadsdeelId);
        }
        else
        {
            _verzonden[stadsdeelId] = kijkers;
        }
        Task verzenden;
        try
        {
            verzenden = relay.StuurAsync(new BordKijkers(stadsdeelId, [.. kijkers.Take(BordKijkers.MaxKijkers)], _hartslagSeconden));
        }
        catch (Exception ex)
        {
            verzenden = Task.FromException(ex);
        }
        return VolgAsync(verzenden);
    }

    private async Task VolgAsync(Task verzenden)
    {
        try
        {
            await verzenden;
            if (Interlocked.Exchange(ref _storing, 0) == 1)
            {
                logger.LogInformation("Aanwezigheid op de borden gaat weer naar de andere nodes.");
            }
        }
        catch (Exception ex)
        {
            // Once per outage: Redis away is already reported by /health/ready and the relay.
            if (Interlocked.Exchange(ref _storing, 1) == 0)
            {
                logger.LogWarning("Aanwezigheid op de borden niet naar de andere nodes gestuurd ({Fout}); andere nodes tonen de kijkers van deze node niet.", ex.GetType().Name);
            }
        }
    }
}
