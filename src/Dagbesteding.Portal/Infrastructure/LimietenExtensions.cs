using System.Threading.RateLimiting;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Rate limits and message sizes (settings section <c>Limieten</c>): the one registry <see cref="PortalLimieten"/>,
/// the ASP.NET Core rate-limiting middleware for the HTTP endpoint that starts an OpenID Connect sign-in (sharing the
/// per-IP login budget with the password form), the hub filter, and the largest message SignalR accepts on
/// /hubs/netwerk and on the Blazor circuit.
/// </summary>
public static class LimietenExtensions
{
    /// <summary>The middleware policy on POST /inloggen/extern.</summary>
    public const string InloggenBeleid = "inloggen";

    public static WebApplicationBuilder AddPortalLimieten(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var sectie = builder.Configuration.GetSection(LimietenOptions.Sectie);
        services.Configure<LimietenOptions>(sectie);
        var opties = sectie.Get<LimietenOptions>() ?? new LimietenOptions();
        if (opties.Fouten().ToList() is { Count: > 0 } fouten)
        {
            throw new PortalStartupException(string.Join(" ", fouten));
        }
        services.AddSingleton<PortalLimieten>();

        services.AddRateLimiter(options =>
        {
            options.AddPolicy<string, InloggenPerIpBeleid>(InloggenBeleid);
            options.OnRejected = (context, _) =>
            {
                // A form button, not an API: back to the login page, which says in Dutch how long to wait.
                var seconden = (int)Math.Ceiling(PortalLimieten.Wachttijd(context.Lease).TotalSeconds);
                context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.HttpContext.Response.Headers.Location = $"/inloggen?wacht={Math.Max(1, seconden)}";
                return ValueTask.CompletedTask;
            };
        });

        services.AddSingleton<HubLimietFilter>();
        // AddHubOptions, not Configure: it orders this after SignalR's copy of the global hub options, which would overwrite it.
        services.AddSignalR().AddHubOptions<NetwerkHub>(hub =>
        {
            hub.MaximumReceiveMessageSize = opties.HubMaxBerichtBytes;
            hub.MaximumParallelInvocationsPerClient = opties.HubParallelleAanroepen;
            hub.AddFilter<HubLimietFilter>();
        });
        // The circuit's own hub: what a browser may send in one message (events, JS interop results).
        services.AddServerSideBlazor().AddHubOptions(hub => hub.MaximumReceiveMessageSize = opties.CircuitMaxBerichtBytes);
        return builder;
    }

    /// <summary>After routing (UsePortal), so the endpoint's policy is known.</summary>
    public static WebApplication UsePortalLimieten(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The middleware's partition per source IP, backed by the registry's per-IP login budget.</summary>
    private sealed class InloggenPerIpBeleid(PortalLimieten limieten) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var sleutel = PortalLimieten.IpSleutel(httpContext.Connection.RemoteIpAddress);
            return RateLimitPartition.Get(sleutel, s => new RegisterLimiter(limieten, Limiet.InloggenPerIp, s));
        }
    }

    /// <summary>
    /// A view on one partition of the registry: the budget itself lives there, so this object holds no state and may
    /// be dropped by the middleware whenever it likes (it always reports itself idle).
    /// </summary>
    private sealed class RegisterLimiter(PortalLimieten limieten, Limiet limiet, string sleutel) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => limieten.Neem(limiet, sleutel);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(limieten.Neem(limiet, sleutel));
    }
}
