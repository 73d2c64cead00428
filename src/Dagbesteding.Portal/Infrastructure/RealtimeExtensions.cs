using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dagbesteding.Portal.Infrastructure;

public static class RealtimeExtensions
{
    /// <summary>
    /// SignalR hub, the in-process bus for Blazor circuits, and — when Realtime:Redis is set — the Redis backplane
    /// and relay for more than one node (Blazor circuits then need sticky sessions at the load balancer).
    /// </summary>
    public static WebApplicationBuilder AddPortalRealtime(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var signalR = services.AddSignalR();
        services.AddSingleton<RealtimeBus>();
        services.AddSingleton<VerbindingRegister>();
        services.AddSingleton<LokaleVerspreiding>();

        var redis = builder.Configuration["Realtime:Redis"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("dagbesteding"));
            var multiplexer = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton(_ => multiplexer.Value);
            // Every node must read the others' login cookies, antiforgery tokens and circuit state: one key ring,
            // in Redis (give Redis persistence in production; losing the ring only signs everyone out).
            services.AddDataProtection()
                .SetApplicationName("Dagbesteding.Portal")
                .PersistKeysToStackExchangeRedis(() => multiplexer.Value.GetDatabase(), "dagbesteding:dataprotection-keys");
            services.AddSingleton<RedisRealtimeRelay>();
            services.AddHostedService(sp => sp.GetRequiredService<RedisRealtimeRelay>());
            services.AddSingleton<IRealtimePublisher>(sp => new RealtimePublisher(
                sp.GetRequiredService<IHubContext<NetwerkHub, INetwerkClient>>(),
                sp.GetRequiredService<LokaleVerspreiding>(),
                sp.GetRequiredService<RedisRealtimeRelay>()));
        }
        else
        {
            services.AddSingleton<IRealtimePublisher>(sp => new RealtimePublisher(
                sp.GetRequiredService<IHubContext<NetwerkHub, INetwerkClient>>(),
                sp.GetRequiredService<LokaleVerspreiding>()));
        }
        return builder;
    }

    public static WebApplication MapPortalRealtime(this WebApplication app)
    {
        app.MapHub<NetwerkHub>(NetwerkHub.Pad);
        return app;
    }
}
