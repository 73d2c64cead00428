using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>A stopping node is not ready: the load balancer takes it out while it still serves its open circuits.</summary>
public sealed class AfsluitCheck(Afsluitstatus status) : IHealthCheck
{
    public const string Naam = "afsluiten";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsBezig ? HealthCheckResult.Unhealthy("de node sluit af") : HealthCheckResult.Healthy());
}
