using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dagbesteding.Portal.Infrastructure.Health;

/// <summary>
/// One dependency that /health/ready waits for, answered within <see cref="Tijdslimiet"/>. The result carries no
/// exception and no text of the dependency: the framework writes the result's description and exception into its own
/// log line, and a driver's message can hold a host name or worse. The operator gets one warning naming the component
/// and the kind of failure.
/// </summary>
public abstract class GereedheidsCheck(ILogger logger) : IHealthCheck
{
    /// <summary>A load balancer probes every few seconds; a dependency that does not answer within this is not ready.</summary>
    public static readonly TimeSpan Tijdslimiet = TimeSpan.FromSeconds(3);

    /// <summary>The component's name in the log (never shown to the caller).</summary>
    protected abstract string Onderdeel { get; }

    /// <summary>Completes when the dependency answered; throws otherwise.</summary>
    protected abstract Task ControleerAsync(CancellationToken cancellationToken);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        tijdslimiet.CancelAfter(Tijdslimiet);
        try
        {
            // WaitAsync as well: a driver that blocks or ignores the token must not hold the probe past the limit.
            await ControleerAsync(tijdslimiet.Token).WaitAsync(tijdslimiet.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reden = ex switch
            {
                OperationCanceledException => $"geen antwoord binnen {Tijdslimiet.TotalSeconds:0} s",
                GereedheidsFout fout => fout.Message,
                _ => ex.GetType().Name,
            };
            logger.LogWarning("Gereedheid: {Onderdeel} is niet bereikbaar ({Reden}).", Onderdeel, reden);
            return HealthCheckResult.Unhealthy($"{Onderdeel} is niet bereikbaar");
        }
    }

    /// <summary>A failure the check itself found (no exception of a driver), with a fixed Dutch reason.</summary>
    protected sealed class GereedheidsFout(string reden) : Exception(reden);
}
