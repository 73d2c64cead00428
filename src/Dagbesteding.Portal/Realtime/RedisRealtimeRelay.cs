using System.Text.Json;
using StackExchange.Redis;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// Scale-out for the Blazor circuits: a change published on one node reaches the circuits on every node
/// through a Redis channel. (SignalR hub clients use the SignalR Redis backplane instead.)
/// </summary>
public sealed class RedisRealtimeRelay(IConnectionMultiplexer redis, LokaleVerspreiding lokaal, ILogger<RedisRealtimeRelay> logger) : IHostedService
{
    private static readonly RedisChannel Kanaal = RedisChannel.Literal("dagbesteding:realtime");

    private sealed record Bericht(KanaalGebeurtenis? Gebeurtenis, PersoonlijkeMelding? Melding, int? Lidmaatschap, BordGebeurtenis? Bord = null);

    public Task StuurAsync(KanaalGebeurtenis gebeurtenis) => Publiceer(new Bericht(gebeurtenis, null, null));

    public Task StuurAsync(PersoonlijkeMelding melding) => Publiceer(new Bericht(null, melding, null));

    public Task StuurAsync(BordGebeurtenis gebeurtenis) => Publiceer(new Bericht(null, null, null, gebeurtenis));

    public Task StuurLidmaatschapAsync(int medewerkerId) => Publiceer(new Bericht(null, null, medewerkerId));

    private Task Publiceer(Bericht bericht) =>
        redis.GetSubscriber().PublishAsync(Kanaal, JsonSerializer.Serialize(bericht));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var berichten = await redis.GetSubscriber().SubscribeAsync(Kanaal);
        berichten.OnMessage(async message =>
        {
            try
            {
                var bericht = JsonSerializer.Deserialize<Bericht>(message.Message.ToString())!;
                if (bericht.Gebeurtenis is { } g)
                {
                    await lokaal.KanaalAsync(g);
                }
                else if (bericht.Melding is { } m)
                {
                    await lokaal.MeldingAsync(m);
                }
                else if (bericht.Bord is { } bord)
                {
                    await lokaal.BordAsync(bord);
                }
                else if (bericht.Lidmaatschap is { } id)
                {
                    await lokaal.LidmaatschapAsync(id);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Live update via Redis kon niet worden verwerkt.");
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Kanaal);
}
