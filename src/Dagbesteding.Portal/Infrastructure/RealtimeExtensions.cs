using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk;
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
            var voorvoegsel = opties.RedisVoorvoegsel;
            var handtekening = RelayHandtekeningUit(opties);
            var certificaat = SleutelringCertificaatUit(opties.Sleutelring, builder.Environment);
            var redisOpties = RedisOptiesUit(redis);
            signalR.AddStackExchangeRedis(redis, options =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal(voorvoegsel);
                options.Configuration.AbortOnConnectFail = false;
            });
            // The same backplane, but a Redis that does not answer at shutdown no longer turns a stop into a crash.
            services.AddSingleton(typeof(HubLifetimeManager<>), typeof(RedisBackplaneZonderStopfout<>));
            // Never abort on a failed first connect: a node whose Redis is down at start serves its own users, says so on
            // /health/ready and connects when Redis is back (instead of a crash loop).
            var multiplexer = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redisOpties));
            services.AddSingleton(_ => multiplexer.Value);
            // Every node must read the others' login cookies, antiforgery tokens and circuit state: one key ring,
            // in Redis (give Redis persistence in production; losing the ring only signs everyone out). Encrypted
            // with the certificate: whoever reads Redis must not be able to forge a login cookie.
            var dataProtection = services.AddDataProtection()
                .SetApplicationName("Dagbesteding.Portal")
                .PersistKeysToStackExchangeRedis(() => multiplexer.Value.GetDatabase(), SleutelringSleutel(voorvoegsel));
            if (certificaat is not null)
            {
                dataProtection.ProtectKeysWithCertificate(certificaat);
            }
            services.AddSingleton(handtekening);
            // What a node does itself with another node's event, besides showing it on its own circuits.
            services.AddSingleton<IRelayVerwerker, SluitingsdagenRelayVerwerker>();
            services.AddSingleton<IRelayVerwerker, LidmaatschapRelayVerwerker>();
            services.AddSingleton<IRelayVerwerker, AanwezigheidRelayVerwerker>();
            services.AddSingleton(sp => new RedisRealtimeRelay(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<RealtimeBus>(), handtekening,
                sp.GetServices<IRelayVerwerker>(), sp.GetRequiredService<ILogger<RedisRealtimeRelay>>(), voorvoegsel));
            services.AddHostedService(sp => sp.GetRequiredService<RedisRealtimeRelay>());
            // After the relay: hosted services stop in reverse order, so the goodbye goes out while the relay still runs.
            services.AddHostedService<AanwezigheidOverNodes>();
            services.AddSingleton<IRealtimePublisher>(sp => Publisher(sp, sp.GetRequiredService<RedisRealtimeRelay>()));
        }
        else
        {
            services.AddSingleton<IRealtimePublisher>(sp => Publisher(sp, relay: null));
        }
        return builder;
    }

    private static ConfigurationOptions RedisOptiesUit(string redis)
    {
        try
        {
            var opties = ConfigurationOptions.Parse(redis);
            opties.AbortOnConnectFail = false;
            return opties;
        }
        catch (ArgumentException ex)
        {
            throw new PortalStartupException(
                $"De instelling Realtime:Redis is geen geldige Redis-verbinding ({ex.Message.Trim()}). Bijvoorbeeld: redis.intern:6379,password=...,ssl=true", ex);
        }
    }

    /// <summary>The Redis list that holds the data-protection key ring.</summary>
    public static string SleutelringSleutel(string voorvoegsel) => $"{voorvoegsel}:dataprotection-keys";

    private static RelayHandtekening RelayHandtekeningUit(RealtimeOptions opties) =>
        opties.RelaySleutel is { Length: >= RelayHandtekening.MinimaleSleutelLengte } sleutel
            ? new RelayHandtekening(sleutel)
            : throw new PortalStartupException(
                $"Realtime:Redis is ingesteld, maar Realtime:RelaySleutel ontbreekt of is korter dan {RelayHandtekening.MinimaleSleutelLengte} tekens (dezelfde geheime waarde op elke node).");

    private static X509Certificate2? SleutelringCertificaatUit(SleutelringCertificaat instelling, IHostEnvironment omgeving)
    {
        if (!instelling.IsIngesteld)
        {
            return omgeving.IsProduction()
                ? throw new PortalStartupException("Realtime:Redis is ingesteld, maar Realtime:Sleutelring:Pad ontbreekt: in productie wordt de sleutelring in Redis versleuteld met een certificaat.")
                : null;
        }
        var pad = instelling.Pad!;
        try
        {
            var certificaat = pad.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || pad.EndsWith(".p12", StringComparison.OrdinalIgnoreCase)
                ? X509CertificateLoader.LoadPkcs12FromFile(pad, instelling.Wachtwoord)
                : X509Certificate2.CreateFromPemFile(pad, instelling.SleutelPad);
            return certificaat.HasPrivateKey && certificaat.GetRSAPublicKey() is not null
                ? certificaat
                : throw new PortalStartupException($"Het certificaat '{pad}' (Realtime:Sleutelring:Pad) heeft geen RSA-sleutel met private key.");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new PortalStartupException($"Het certificaat '{pad}' (Realtime:Sleutelring:Pad) kan niet worden gelezen: {ex.Message.Trim()}", ex);
        }
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
