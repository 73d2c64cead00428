using StackExchange.Redis;

namespace Dagbesteding.Portal.Infrastructure.Health;

/// <summary>Redis (Realtime:Redis: backplane, relay and key ring) answers a PING. Registered only when Redis is configured.</summary>
public sealed class RedisCheck(IServiceProvider services, ILogger<RedisCheck> logger) : GereedheidsCheck(logger)
{
    public const string Naam = "redis";

    protected override string Onderdeel => Naam;

    protected override async Task ControleerAsync(CancellationToken cancellationToken)
    {
        // The multiplexer is made on first use and its Connect blocks: off the request thread, inside the time limit.
        var redis = await Task.Run(() => services.GetRequiredService<IConnectionMultiplexer>(), cancellationToken);
        await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
    }
}
