using System.Text.Json;
using StackExchange.Redis;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// Scale-out for the Blazor circuits: an event published on one node reaches the circuits on every other node
/// through one Redis channel. The message is the event itself (<see cref="ILiveGebeurtenis"/> with its type
/// discriminator) plus the sending node, which delivers to its own circuits directly and ignores its echo, so
/// live updates on one node never depend on Redis. Every message carries an HMAC with the nodes' shared secret
/// (<see cref="RelayHandtekening"/>); a message without a valid one, or that does not parse or is not a valid event,
/// is dropped and logged, never shown. What a node does itself with another node's event (drop a cache, regroup hub
/// connections, take the board viewers) is an <see cref="IRelayVerwerker"/> each. (SignalR hub clients use the
/// SignalR Redis backplane instead.)
/// </summary>
public sealed class RedisRealtimeRelay(
    IConnectionMultiplexer redis,
    RealtimeBus bus,
    RelayHandtekening handtekening,
    IEnumerable<IRelayVerwerker> verwerkers,
    ILogger<RedisRealtimeRelay> logger,
    string voorvoegsel = "dagbesteding") : IHostedService
{
    public RedisChannel Kanaal { get; } = KanaalVoor(voorvoegsel);

    public static RedisChannel KanaalVoor(string voorvoegsel) => RedisChannel.Literal($"{voorvoegsel}:realtime");

    /// <summary>This node's id in every message it sends, so it can ignore its own echo.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    public sealed record Bericht(string Node, ILiveGebeurtenis Gebeurtenis);

    /// <summary>A node id is a GUID; the receivers keep it as a key (board viewers per node).</summary>
    public const int MaxNode = 64;

    /// <summary>A relayed message must be complete: a missing required value or a null where none is allowed fails to parse.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public Task StuurAsync(ILiveGebeurtenis gebeurtenis) =>
        redis.GetSubscriber().PublishAsync(Kanaal, handtekening.Onderteken(JsonSerializer.Serialize(new Bericht(Node, gebeurtenis), Json)));

    private readonly IRelayVerwerker[] _verwerkers = [.. verwerkers];
    private readonly CancellationTokenSource _stop = new();
    private Task _abonneren = Task.CompletedTask;

    /// <summary>
    /// Subscribes before the node takes requests when Redis is there (so no relayed event is missed at start); when it is
    /// not, the node starts anyway and the subscription waits for Redis in the background.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _abonneren = AbonneerAsync(_stop.Token);
        await Task.WhenAny(_abonneren, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await _abonneren.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!redis.IsConnected)
        {
            return;
        }
        try
        {
            await redis.GetSubscriber().UnsubscribeAsync(Kanaal);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // A Redis that hangs at shutdown must not turn the stop into a crash; the subscription ends with the connection.
            logger.LogWarning("Redis antwoordde niet op het opzeggen van de relay ({Fout}); de node stopt toch.", ex.GetType().Name);
        }
    }

    /// <summary>
    /// Once subscribed, StackExchange.Redis renews the subscription on every reconnect; only the first one has to be
    /// retried here (this node's own circuits get their events directly meanwhile, and /health/ready reports Redis).
    /// </summary>
    private async Task AbonneerAsync(CancellationToken stop)
    {
        for (var poging = 1; !stop.IsCancellationRequested; poging++)
        {
            try
            {
                var berichten = await redis.GetSubscriber().SubscribeAsync(Kanaal);
                berichten.OnMessage(message => Ontvang(message.Message.ToString()));
                if (poging > 1)
                {
                    logger.LogInformation("Live-updates via Redis: geabonneerd na {Pogingen} pogingen.", poging);
                }
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (poging == 1)
                {
                    logger.LogWarning("Live-updates via Redis nog niet beschikbaar ({Fout}); andere nodes bereiken deze node pas als Redis er is.", ex.GetType().Name);
                }
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(poging, 5)), stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Handles one relayed message (public for the tests of malformed input).</summary>
    public void Ontvang(string ondertekend)
    {
        if (handtekening.Controleer(ondertekend) is not { } json)
        {
            logger.LogWarning("Live-bericht via Redis zonder geldige handtekening genegeerd ({Lengte} tekens).", ondertekend.Length);
            return;
        }
        Bericht? bericht;
        try
        {
            bericht = JsonSerializer.Deserialize<Bericht>(json, Json);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            logger.LogWarning("Onleesbaar live-bericht via Redis genegeerd ({Fout}).", ex.Message);
            return;
        }
        if (bericht?.Gebeurtenis is not { } gebeurtenis || bericht.Node is not { Length: > 0 and <= MaxNode } || !gebeurtenis.IsGeldig())
        {
            logger.LogWarning("Ongeldig live-bericht via Redis genegeerd.");
            return;
        }
        if (bericht.Node == Node)
        {
            return;
        }
        // Node-level effects first: a screen that reacts to the event must meet, e.g., the dropped calendar.
        foreach (var verwerker in _verwerkers)
        {
            try
            {
                verwerker.Verwerk(bericht.Node, gebeurtenis);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Live-bericht {Soort} via Redis niet verwerkt door {Verwerker}.", gebeurtenis.GetType().Name, verwerker.GetType().Name);
            }
        }
        bus.Verspreid(gebeurtenis);
    }
}
