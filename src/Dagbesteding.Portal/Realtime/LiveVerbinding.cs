using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using System.Threading.Channels;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The live updates of one Blazor circuit (scoped: one per circuit). Events wait in this circuit's own bounded
/// queue and are handed to its components one at a time, each through the component's own dispatcher; whatever
/// this circuit does — hang, throw, lose its browser — only this circuit waits.
/// <list type="bullet">
/// <item>While the browser is disconnected nothing is queued (no renders or JS calls into a dead connection); the
/// circuit only notes that it missed something.</item>
/// <item>When the queue is full the newest events are dropped and noted the same way.</item>
/// <item>After either, once connected again, every subscribed component catches up from the database.</item>
/// </list>
/// It is also the circuit handler that counts the user's circuits against <c>Realtime:MaxCircuitsPerGebruiker</c>, and
/// reports the circuits, its queue's depth and each event's time from queue to screen to <see cref="PortalMetingen"/>.
/// </summary>
public sealed class LiveVerbinding : CircuitHandler, IDisposable
{
    public const int Wachtrijlengte = 256;

    /// <summary>A handler that takes longer is left running and the queue moves on (it is logged).</summary>
    public static readonly TimeSpan MaxDuurPerGebeurtenis = TimeSpan.FromSeconds(10);

    private readonly RealtimeBus _bus;
    private readonly CircuitTeller? _teller;
    private readonly AuthenticationStateProvider? _authenticatie;
    private readonly ILogger<LiveVerbinding> _logger;
    private readonly PortalMetingen? _metingen;
    private readonly Channel<Levering> _wachtrij = Channel.CreateBounded<Levering>(
        new BoundedChannelOptions(Wachtrijlengte) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<LiveAbonnement, byte> _abonnementen = new();
    private readonly CancellationTokenSource _stop = new();
    private string? _gebruikerId;
    private volatile bool _verbonden = true;
    private int _gemist;
    private int _gesloten;
    private int _gestart;
    private int _circuitGeteld;

    public LiveVerbinding(
        RealtimeBus bus,
        ILogger<LiveVerbinding> logger,
        CircuitTeller? teller = null,
        AuthenticationStateProvider? authenticatie = null,
        PortalMetingen? metingen = null)
    {
        _metingen = metingen;
        _bus = bus;
        _logger = logger;
        _teller = teller;
        _authenticatie = authenticatie;
    }

    /// <summary>Is the browser connected (false between a lost connection and its reconnect)?</summary>
    public bool IsVerbonden => _verbonden;

    /// <summary>This circuit is one too many for its user: the layout shows why, and nothing live is started.</summary>
    public bool IsBovenLimiet { get; private set; }

    /// <summary>The events waiting in this circuit's queue now.</summary>
    public int InWachtrij => _wachtrij.Reader.Count;

    /// <summary>
    /// Subscribes to events of type <typeparamref name="T"/> on one key. <paramref name="opGebeurtenis"/> runs on
    /// this circuit's queue, one event at a time; <paramref name="inhalen"/> runs after events were missed.
    /// Dispose the result to stop (components do this through <c>LiveComponent</c>).
    /// </summary>
    public IDisposable Abonneer<T>(LiveSleutel sleutel, Func<T, Task> opGebeurtenis, Func<Task>? inhalen = null)
        where T : ILiveGebeurtenis
    {
        var abonnement = new LiveAbonnement(this, sleutel, typeof(T), g => opGebeurtenis((T)g), inhalen);
        if (Volatile.Read(ref _gesloten) == 1)
        {
            return new Opzegging(() => { });
        }
        // The queue's loop starts with the first subscription: a prerender (no circuit) never starts one.
        if (Interlocked.Exchange(ref _gestart, 1) == 0)
        {
            _metingen?.WachtrijOpen(this);
            _ = Task.Run(LeegWachtrijAsync);
        }
        _abonnementen.TryAdd(abonnement, 0);
        _bus.Voegtoe(abonnement);
        return new Opzegging(() =>
        {
            _bus.Verwijder(abonnement);
            _abonnementen.TryRemove(abonnement, out _);
        });
    }

    /// <summary>Called by the bus on the publisher's thread: never blocks, never throws.</summary>
    internal void Bezorg(LiveAbonnement abonnement, ILiveGebeurtenis gebeurtenis)
    {
        if (!_verbonden || !_wachtrij.Writer.TryWrite(new Levering(abonnement, gebeurtenis, Stopwatch.GetTimestamp())))
        {
            Interlocked.Exchange(ref _gemist, 1);
            // The connection may have come back between the check and the note: wake the queue so it catches up.
            if (_verbonden)
            {
                _wachtrij.Writer.TryWrite(default);
            }
        }
    }

    private async Task LeegWachtrijAsync()
    {
        var lezer = _wachtrij.Reader;
        try
        {
            while (await lezer.WaitToReadAsync(_stop.Token))
            {
                while (lezer.TryRead(out var levering))
                {
                    if (levering.Abonnement is { } abonnement && _abonnementen.ContainsKey(abonnement))
                    {
                        await VoerUitAsync(() => abonnement.OpGebeurtenis(levering.Gebeurtenis!), levering.Gebeurtenis!.GetType().Name);
                        _metingen?.LiveBezorgd(Stopwatch.GetElapsedTime(levering.InWachtrijSinds));
                    }
                }
                if (_verbonden && Interlocked.Exchange(ref _gemist, 0) == 1)
                {
                    await InhalenAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit closed.
        }
    }

    private async Task InhalenAsync()
    {
        // One catch-up per component, however many keys it subscribed to.
        var inhalers = _abonnementen.Keys.Select(a => a.Inhalen).OfType<Func<Task>>().Distinct().ToList();
        foreach (var inhalen in inhalers)
        {
            await VoerUitAsync(inhalen, "inhalen");
        }
    }

    private async Task VoerUitAsync(Func<Task> actie, string wat)
    {
        try
        {
            await actie().WaitAsync(MaxDuurPerGebeurtenis, _stop.Token);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Live update {Wat} duurde langer dan {Seconden} s in één circuit; de wachtrij gaat verder.", wat, MaxDuurPerGebeurtenis.TotalSeconds);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One broken component must not stop this circuit's next updates.
            _logger.LogWarning(ex, "Live update {Wat} faalde in één circuit.", wat);
        }
    }

    // ---------------------------------------------------------------- circuit lifecycle

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_metingen is not null && Interlocked.Exchange(ref _circuitGeteld, 1) == 0)
        {
            _metingen.CircuitOpen();
        }
        if (_teller is null || _authenticatie is null)
        {
            return;
        }
        var staat = await _authenticatie.GetAuthenticationStateAsync();
        _gebruikerId = staat.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (_gebruikerId is not null)
        {
            IsBovenLimiet = !_teller.Open(_gebruikerId);
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _verbonden = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _verbonden = true;
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _gemist) == 1)
        {
            // Wakes the queue, which then catches up (a full queue catches up by itself once drained).
            _wachtrij.Writer.TryWrite(default);
        }
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _gesloten, 1) == 1)
        {
            return;
        }
        foreach (var abonnement in _abonnementen.Keys)
        {
            _bus.Verwijder(abonnement);
        }
        _abonnementen.Clear();
        _metingen?.WachtrijDicht(this);
        if (Interlocked.Exchange(ref _circuitGeteld, 0) == 1)
        {
            _metingen?.CircuitDicht();
        }
        _wachtrij.Writer.TryComplete();
        // Not disposed: the queue's loop may still be reading the token when it ends.
        _stop.Cancel();
        if (_gebruikerId is not null && !IsBovenLimiet)
        {
            _teller?.Sluit(_gebruikerId);
        }
    }

    private readonly record struct Levering(LiveAbonnement? Abonnement, ILiveGebeurtenis? Gebeurtenis, long InWachtrijSinds);

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

/// <summary>The open circuits (connected or retained) per user on this node, for <c>Realtime:MaxCircuitsPerGebruiker</c>.</summary>
public sealed class CircuitTeller(IOptions<RealtimeOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _perGebruiker = new();

    /// <summary>Counts a new circuit; false (and not counted) when the user already has the maximum.</summary>
    public bool Open(string gebruikerId)
    {
        var max = Math.Max(1, options.Value.MaxCircuitsPerGebruiker);
        while (true)
        {
            var huidig = _perGebruiker.GetOrAdd(gebruikerId, 0);
            if (huidig >= max)
            {
                return false;
            }
            if (_perGebruiker.TryUpdate(gebruikerId, huidig + 1, huidig))
            {
                return true;
            }
        }
    }

    public void Sluit(string gebruikerId) => _perGebruiker.AddOrUpdate(gebruikerId, 0, (_, n) => Math.Max(0, n - 1));

    public int Aantal(string gebruikerId) => _perGebruiker.GetValueOrDefault(gebruikerId);
}
