using Dagbesteding.Portal.Infrastructure.Afsluiten;
using Dagbesteding.Portal.Infrastructure.Health;
using Dagbesteding.Portal.Jobs;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Health endpoints for the load balancer and the orchestrator: <see cref="LivePad"/> (the process answers; checks
/// nothing, so a database outage never gets the process restarted) and <see cref="ReadyPad"/> (the database, Redis when
/// Realtime:Redis is set, Hangfire's storage when Hangfire:Enabled is on). Anonymous, outside the rate limits and the
/// https redirect; the body is only "Healthy" or "Unhealthy", which component failed is in the log.
/// </summary>
public static class HealthExtensions
{
    public const string LivePad = "/health/live";
    public const string ReadyPad = "/health/ready";

    private const string Gereed = "ready";

    /// <summary>After AddPortalRealtime, AddPortalJobs and AddPortalAfsluiten, which have checked their settings.</summary>
    public static WebApplicationBuilder AddPortalHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<AfsluitCheck>(AfsluitCheck.Naam, tags: [Gereed])
            .AddCheck<DatabaseCheck>(DatabaseCheck.Naam, tags: [Gereed]);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{RealtimeOptions.Sectie}:{nameof(RealtimeOptions.Redis)}"]))
        {
            checks.AddCheck<RedisCheck>(RedisCheck.Naam, tags: [Gereed]);
        }
        if (builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
        {
            checks.AddCheck<HangfireCheck>(HangfireCheck.Naam, tags: [Gereed]);
        }
        return builder;
    }

    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePad, Opties(_ => false)).Openbaar();
        app.MapHealthChecks(ReadyPad, Opties(registratie => registratie.Tags.Contains(Gereed))).Openbaar();
        return app;
    }

    /// <summary>The health paths, which <see cref="BeveiligingExtensions"/> leaves out of the https redirect.</summary>
    public static bool IsHealthPad(PathString pad) =>
        pad.StartsWithSegments(LivePad, StringComparison.OrdinalIgnoreCase) || pad.StartsWithSegments(ReadyPad, StringComparison.OrdinalIgnoreCase);

    private static HealthCheckOptions Opties(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        // Only the verdict: an anonymous caller learns no component, no exception and no connection string.
        ResponseWriter = (context, rapport) =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(rapport.Status == HealthStatus.Healthy ? "Healthy" : "Unhealthy");
        },
    };

    // A probe has no cookie, posts no form and comes every few seconds from the same address.
    private static IEndpointConventionBuilder Openbaar(this IEndpointConventionBuilder endpoint) =>
        endpoint.AllowAnonymous().DisableRateLimiting().DisableAntiforgery();
}
