using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// SignalR's Redis backplane, except at the very end: its <c>Dispose</c> unsubscribes synchronously and throws when
/// Redis does not answer within the sync timeout (down, or still reconnecting). That exception escaped the host's
/// disposal, so a node stopped by SIGTERM while Redis was away ended as a crash with a stack trace instead of a
/// clean stop. Nothing is lost by not unsubscribing: the connection is closed right after, and Redis drops its
/// subscriptions with it.
/// </summary>
public sealed class RedisBackplaneZonderStopfout<THub>(
    ILogger<RedisHubLifetimeManager<THub>> logger,
    IOptions<RedisOptions> options,
    IHubProtocolResolver hubProtocolResolver,
    IOptions<HubOptions> globalHubOptions,
    IOptions<HubOptions<THub>> hubOptions)
    : RedisHubLifetimeManager<THub>(logger, options, hubProtocolResolver, globalHubOptions, hubOptions), IDisposable
    where THub : Hub
{
    private readonly ILogger _logger = logger;

    void IDisposable.Dispose()
    {
        try
        {
            Dispose();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _logger.LogWarning("Redis antwoordde niet bij het stoppen van de SignalR-backplane ({Fout}); de verbinding wordt toch gesloten.", ex.GetType().Name);
        }
    }
}
