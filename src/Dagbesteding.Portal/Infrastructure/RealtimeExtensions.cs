using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dagbesteding.Portal.Infrastructure;

public static class RealtimeExtensions
{
    /// <summary>
    /// SignalR hub, the in-process bus and the per-circuit queues for Blazor circuits, the circuit limits, and —
    /// when Realtime:Redis is set — the Redis backplane and relay for more than one node (Blazor circuits then need
    /// sticky sessions at the load balancer).
    /// </summary>
    public static WebApplicationBuilder AddPortalRealtime(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var instellingen = builder.Configuration.GetSection(RealtimeOptions.Sectie);
        services.Configure<RealtimeOptions>(instellingen);
        var opties = instellingen.Get<RealtimeOptions>() ?? new RealtimeOptions();
        services.Configure<CircuitOptions>(circuit =>
        {
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(Math.Clamp(opties.CircuitBewaartijdMinuten, 1, 60));
            circuit.DisconnectedCircuitMaxRetained = Math.Max(0, opties.MaxBewaardeCircuits);
        });

        var signalR = services.AddSignalR();
        services.AddSingleton<RealtimeBus>();
        services.AddSingleton<CircuitTeller>();
        services.AddScoped<LiveVerbinding>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<LiveVerbinding>());
        services.AddSingleton<VerbindingRegister>();
        services.AddSingleton<HubVerbindingen>();

        if (!string.IsNullOrWhiteSpace(opties.Redis))
        {
            var redis = opties.Redis;
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
            services.AddSingleton<IRealtimePublisher>(sp => Publisher(sp, sp.GetRequiredService<RedisRealtimeRelay>()));
        }
        else
        {
            services.AddSingleton<IRealtimePublisher>(sp => Publisher(sp, relay: null));
        }
        return builder;
    }

    private static RealtimePublisher Publisher(IServiceProvider sp, RedisRealtimeRelay? relay) => new(
        sp.GetRequiredService<RealtimeBus>(),
        sp.GetRequiredService<HubVerbindingen>(),
        sp.GetRequiredService<IHubContext<NetwerkHub, INetwerkClient>>(),
        sp.GetRequiredService<ILogger<RealtimePublisher>>(),
        relay);

    public static WebApplication MapPortalRealtime(this WebApplication app)
    {
        app.MapHub<NetwerkHub>(NetwerkHub.Pad);
        return app;
    }
}
