using System.Collections.Concurrent;
using System.Security.Claims;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.IntegrationTests.Realtime;

/// <summary>
/// The per-circuit queues of the live bus: a circuit that hangs, throws or lost its browser delays nobody else,
/// and catches up after missing events. Keys here are invented (channel 900 001…), so nothing else interferes.
/// </summary>
public sealed class LiveVerbindingTests
{
    private static readonly TimeSpan Grens = TimeSpan.FromSeconds(10);
    private readonly RealtimeBus _bus = new();

    private static KanaalGebeurtenis Gebeurtenis(int kanaal, int nummer) =>
        new(kanaal, nummer, KanaalGebeurtenisSoort.NieuweVraag, $"Vraag {nummer}", DateTimeOffset.UtcNow);

    private LiveVerbinding Verbinding() => new(_bus, NullLogger<LiveVerbinding>.Instance);

    [Fact]
    public async Task SubscriberThatNeverCompletes_DelaysNoOtherCircuit_AndNoPublisher()
    {
        const int kanaal = 900_001;
        var sleutel = LiveSleutel.Kanaal(kanaal);
        var hangt = new TaskCompletionSource();
        using var dood = Verbinding();
        using var _ = dood.Abonneer<KanaalGebeurtenis>(sleutel, g =>
        {
            hangt.TrySetResult();
            return new TaskCompletionSource().Task; // never completes, like JS interop into a closed laptop
        });
        using var kapot = Verbinding();
        var kapotOntvangen = new ConcurrentQueue<int>();
        using var __ = kapot.Abonneer<KanaalGebeurtenis>(sleutel, g =>
        {
            kapotOntvangen.Enqueue(g.AdviesvraagId);
            return g.AdviesvraagId == 1 ? throw new InvalidOperationException("kapotte component") : Task.CompletedTask;
        });
        using var levend = Verbinding();
        var levendOntvangen = new ConcurrentQueue<int>();
        var sentinel = new TaskCompletionSource();
        using var ___ = levend.Abonneer<KanaalGebeurtenis>(sleutel, g =>
        {
            levendOntvangen.Enqueue(g.AdviesvraagId);
            if (g.AdviesvraagId == int.MaxValue)
            {
                sentinel.TrySetResult();
            }
            return Task.CompletedTask;
        });

        Assert.Equal(3, _bus.Verspreid(Gebeurtenis(kanaal, 1)));
        await hangt.Task.WaitAsync(Grens);
        // As many as a queue holds: the healthy circuits get every one (a bigger burst is dropped and caught up,
        // see below), the hung circuit queues them up, and the publisher never waits for it.
        const int aantal = LiveVerbinding.Wachtrijlengte - 1;
        for (var i = 2; i <= aantal; i++)
        {
            _bus.Verspreid(Gebeurtenis(kanaal, i));
        }
        _bus.Verspreid(Gebeurtenis(kanaal, int.MaxValue));

        await sentinel.Task.WaitAsync(Grens);
        Assert.Equal([.. Enumerable.Range(1, aantal), int.MaxValue], levendOntvangen);
        // The component that threw on the first event still gets the next ones, in order.
        await WachtTotAsync(() => kapotOntvangen.Contains(int.MaxValue));
        Assert.Equal([.. Enumerable.Range(1, aantal), int.MaxValue], kapotOntvangen);
    }

    [Fact]
    public async Task DisconnectedCircuit_QueuesNothing_AndCatchesUpOnceAfterReconnecting()
    {
        const int kanaal = 900_002;
        using var verbinding = Verbinding();
        var ontvangen = new ConcurrentQueue<int>();
        var ingehaald = 0;
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(kanaal),
            g => { ontvangen.Enqueue(g.AdviesvraagId); return Task.CompletedTask; },
            () => { Interlocked.Increment(ref ingehaald); return Task.CompletedTask; });

        await verbinding.OnConnectionDownAsync(null!, CancellationToken.None);
        Assert.False(verbinding.IsVerbonden);
        _bus.Verspreid(Gebeurtenis(kanaal, 1));
        _bus.Verspreid(Gebeurtenis(kanaal, 2));
        await verbinding.OnConnectionUpAsync(null!, CancellationToken.None);
        await WachtTotAsync(() => Volatile.Read(ref ingehaald) == 1);
        _bus.Verspreid(Gebeurtenis(kanaal, 3)); // the sentinel: queued after the catch-up

        await WachtTotAsync(() => ontvangen.Contains(3));
        // Nothing that happened while the browser was away was pushed into the dead connection; the page read
        // the database once instead.
        Assert.Equal([3], ontvangen);
        Assert.Equal(1, ingehaald);
    }

    [Fact]
    public async Task FullQueue_DropsWhatDoesNotFit_AndTheCircuitCatchesUpOnceDrained()
    {
        const int kanaal = 900_003;
        using var verbinding = Verbinding();
        var eerste = new TaskCompletionSource();
        var vrijgeven = new TaskCompletionSource();
        var ontvangen = new ConcurrentQueue<int>();
        var ingehaald = 0;
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(kanaal),
            async g =>
            {
                ontvangen.Enqueue(g.AdviesvraagId);
                if (g.AdviesvraagId == 0)
                {
                    eerste.TrySetResult();
                    await vrijgeven.Task;
                }
            },
            () => { Interlocked.Increment(ref ingehaald); return Task.CompletedTask; });

        _bus.Verspreid(Gebeurtenis(kanaal, 0));
        await eerste.Task.WaitAsync(Grens);
        for (var i = 1; i <= LiveVerbinding.Wachtrijlengte + 10; i++)
        {
            _bus.Verspreid(Gebeurtenis(kanaal, i));
        }
        vrijgeven.SetResult();

        await WachtTotAsync(() => Volatile.Read(ref ingehaald) == 1);
        Assert.Equal(Enumerable.Range(0, LiveVerbinding.Wachtrijlengte + 1), ontvangen);
    }

    [Fact]
    public async Task EventOnAnotherKeyOrOfAnotherType_VisitsNoSubscription()
    {
        using var verbinding = Verbinding();
        var ontvangen = new ConcurrentQueue<ILiveGebeurtenis>();
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(900_004), g => { ontvangen.Enqueue(g); return Task.CompletedTask; });

        Assert.Equal(0, _bus.Verspreid(Gebeurtenis(900_005, 1)));
        // Same id, other subject: a board of stadsdeel 900 004 is not channel 900 004.
        Assert.Equal(0, _bus.Verspreid(new BordGebeurtenis(900_004, 1, "bord", DateTimeOffset.UtcNow)));
        var sentinel = Gebeurtenis(900_004, 2);
        Assert.Equal(1, _bus.Verspreid(sentinel));

        await WachtTotAsync(() => ontvangen.Contains(sentinel));
        Assert.Equal([sentinel], ontvangen);
    }

    [Fact]
    public async Task EndedSubscription_GetsNothingThatWasStillQueued()
    {
        const int kanaal = 900_006;
        using var verbinding = Verbinding();
        var vrijgeven = new TaskCompletionSource();
        var eerste = new TaskCompletionSource();
        var oud = new ConcurrentQueue<int>();
        var nieuw = new ConcurrentQueue<int>();
        var oudAbonnement = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(kanaal), async g =>
        {
            oud.Enqueue(g.AdviesvraagId);
            eerste.TrySetResult();
            await vrijgeven.Task;
        });
        _bus.Verspreid(Gebeurtenis(kanaal, 1));
        await eerste.Task.WaitAsync(Grens);
        _bus.Verspreid(Gebeurtenis(kanaal, 2)); // queued behind the first
        // The page left the channel: its subscription ends, a new one starts (as after a stadsdeel switch).
        oudAbonnement.Dispose();
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(kanaal), g => { nieuw.Enqueue(g.AdviesvraagId); return Task.CompletedTask; });
        vrijgeven.SetResult();
        _bus.Verspreid(Gebeurtenis(kanaal, 3));

        await WachtTotAsync(() => nieuw.Contains(3));
        Assert.Equal([1], oud);
        Assert.Equal([3], nieuw);
    }

    [Fact]
    public async Task CircuitsPerUser_AreLimited_AndAClosedCircuitFreesItsPlace()
    {
        var teller = new CircuitTeller(Options.Create(new RealtimeOptions { MaxCircuitsPerGebruiker = 2 }));
        var ingelogd = new VasteGebruiker("gebruiker-1");
        var anders = new VasteGebruiker("gebruiker-2");
        LiveVerbinding Circuit(AuthenticationStateProvider wie) => new(_bus, NullLogger<LiveVerbinding>.Instance, teller, wie);

        using var een = Circuit(ingelogd);
        var twee = Circuit(ingelogd);
        using var drie = Circuit(ingelogd);
        using var vanIemandAnders = Circuit(anders);
        await een.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await twee.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await drie.OnCircuitOpenedAsync(null!, CancellationToken.None);
        await vanIemandAnders.OnCircuitOpenedAsync(null!, CancellationToken.None);

        Assert.False(een.IsBovenLimiet);
        Assert.False(twee.IsBovenLimiet);
        Assert.True(drie.IsBovenLimiet);
        Assert.False(vanIemandAnders.IsBovenLimiet);
        Assert.Equal(2, teller.Aantal("gebruiker-1"));

        await twee.OnCircuitClosedAsync(null!, CancellationToken.None);
        using var vier = Circuit(ingelogd);
        await vier.OnCircuitOpenedAsync(null!, CancellationToken.None);
        Assert.False(vier.IsBovenLimiet);
        // A refused circuit that closes gives back no place it never had.
        drie.Dispose();
        Assert.Equal(2, teller.Aantal("gebruiker-1"));
    }

    private static async Task WachtTotAsync(Func<bool> voorwaarde)
    {
        var grens = DateTime.UtcNow + Grens;
        while (!voorwaarde())
        {
            if (DateTime.UtcNow > grens)
            {
                throw new TimeoutException("De verwachte live update kwam niet.");
            }
            await Task.Delay(10);
        }
    }

    private sealed class VasteGebruiker(string id) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "test"))));
    }
}
