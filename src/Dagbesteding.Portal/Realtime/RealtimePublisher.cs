using System.Threading.Channels;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The one publish point for live updates. Callers persist first, then publish; publishing hands the event over and
/// returns, and never throws: a failed push (Redis gone, a broken circuit) is logged here, in one place, and never
/// turns a saved change into an error that invites posting twice. A screen that missed a push catches up from the
/// database.
/// </summary>
public interface IRealtimePublisher
{
    void Publiceer(ILiveGebeurtenis gebeurtenis);
}

public static class RealtimePublisherExtensions
{
    public static void Publiceer(this IRealtimePublisher publisher, IEnumerable<ILiveGebeurtenis> gebeurtenissen)
    {
        foreach (var gebeurtenis in gebeurtenissen)
        {
            publisher.Publiceer(gebeurtenis);
        }
    }
}

/// <summary>
/// Sends a stored change to everyone who should see it: this node's Blazor circuits through the bus (at once, on the
/// caller's thread, without waiting for any circuit), and — in the background, in publish order — the other nodes
/// through the Redis relay and SignalR clients through their groups (across nodes via the Redis backplane).
/// The background loop starts each send in order without waiting for it to complete: a group's members are taken
/// when the send starts, so a membership change published before a question is applied before that question goes
/// out, and a slow hub client holds up only its own messages.
/// </summary>
public sealed class RealtimePublisher : IRealtimePublisher
{
    /// <summary>Hub and relay sends waiting to start; the oldest are dropped (and logged) beyond this.</summary>
    public const int Achterstand = 10_000;

    private readonly RealtimeBus _bus;
    private readonly HubVerbindingen _hubVerbindingen;
    private readonly IHubContext<NetwerkHub, INetwerkClient> _hub;
    private readonly ILogger<RealtimePublisher> _logger;
    private readonly RedisRealtimeRelay? _relay;
    private readonly Channel<ILiveGebeurtenis> _naarBuiten;

    public RealtimePublisher(
        RealtimeBus bus,
        HubVerbindingen hubVerbindingen,
        IHubContext<NetwerkHub, INetwerkClient> hub,
        ILogger<RealtimePublisher> logger,
        RedisRealtimeRelay? relay = null)
    {
        _bus = bus;
        _hubVerbindingen = hubVerbindingen;
        _hub = hub;
        _logger = logger;
        _relay = relay;
        _naarBuiten = Channel.CreateBounded<ILiveGebeurtenis>(
            new BoundedChannelOptions(Achterstand) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            verloren => _logger.LogWarning("Live update {Soort} niet naar hubclients en andere nodes gestuurd: achterstand te groot.", verloren.GetType().Name));
        _ = Task.Run(NaarBuitenAsync);
    }

    public void Publiceer(ILiveGebeurtenis gebeurtenis)
    {
        try
        {
            _bus.Verspreid(gebeurtenis);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Live update {Soort} kon niet aan de circuits van deze node worden gegeven.", gebeurtenis.GetType().Name);
        }
        _naarBuiten.Writer.TryWrite(gebeurtenis);
    }

    private async Task NaarBuitenAsync()
    {
        await foreach (var gebeurtenis in _naarBuiten.Reader.ReadAllAsync())
        {
            if (_relay is not null)
            {
                Volg(gebeurtenis, "Redis", Start(() => _relay.StuurAsync(gebeurtenis)));
            }
            var hub = Start(() => gebeurtenis switch
            {
                // Hub clients get ids and the structured summary only, never the card with the question text.
                // A gerichte vraag is not for the whole channel's group: its people find it in their feed and through Sinds.
                KanaalGebeurtenis { Gericht: not null } => Task.CompletedTask,
                KanaalGebeurtenis kanaal => _hub.Clients.Group(NetwerkHub.KanaalGroep(kanaal.KanaalId)).KanaalGewijzigd(kanaal with { Kaart = null }),
                PersoonlijkeMelding melding => _hub.Clients.Group(NetwerkHub.MedewerkerGroep(melding.MedewerkerId)).Melding(melding),
                LidmaatschapGewijzigd lidmaatschap => _hubVerbindingen.HergroepeerAsync(lidmaatschap.MedewerkerId),
                _ => Task.CompletedTask,
            });
            if (gebeurtenis is LidmaatschapGewijzigd)
            {
                // Regrouping must be done before the next event picks its group members.
                await Wacht(gebeurtenis, "SignalR", hub);
            }
            else
            {
                Volg(gebeurtenis, "SignalR", hub);
            }
        }
    }

    private static Task Start(Func<Task> actie)
    {
        try
        {
            return actie();
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    private void Volg(ILiveGebeurtenis gebeurtenis, string via, Task taak)
    {
        if (!taak.IsCompletedSuccessfully)
        {
            _ = Wacht(gebeurtenis, via, taak);
        }
    }

    private async Task Wacht(ILiveGebeurtenis gebeurtenis, string via, Task taak)
    {
        try
        {
            await taak;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Live update {Soort} kon niet via {Via} worden verstuurd; de wijziging is opgeslagen en schermen halen haar in.",
                gebeurtenis.GetType().Name, via);
        }
    }
}

/// <summary>Regroups this node's hub connections of a medewerker from the database after a membership change.</summary>
public sealed class HubVerbindingen(
    VerbindingRegister register,
    IHubContext<NetwerkHub, INetwerkClient> hub,
    IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>A regroup that takes longer (Redis slow) is given up; the connection regroups when it reconnects.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task HergroepeerAsync(int medewerkerId)
    {
        var verbindingen = register.VanMedewerker(medewerkerId);
        if (verbindingen.Count == 0)
        {
            return;
        }
        using var timeout = new CancellationTokenSource(Timeout);
        await using var db = await dbFactory.CreateDbContextAsync(timeout.Token);
        var alle = await db.Kanalen.Select(k => k.Id).ToListAsync(timeout.Token);
        var actief = await db.Lidmaatschappen.Where(l => l.MedewerkerId == medewerkerId && l.AfgemeldOp == null)
            .Select(l => l.KanaalId).ToListAsync(timeout.Token);
        await Task.WhenAll(verbindingen.SelectMany(verbinding => alle.Select(kanaal => actief.Contains(kanaal)
            ? hub.Groups.AddToGroupAsync(verbinding, NetwerkHub.KanaalGroep(kanaal), timeout.Token)
            : hub.Groups.RemoveFromGroupAsync(verbinding, NetwerkHub.KanaalGroep(kanaal), timeout.Token))));
    }
}
