using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>
/// The drain before a node stops. The host runs every <see cref="IHostedLifecycleService.StoppingAsync"/> before any
/// hosted service stops, so during this wait Kestrel still serves the open circuits and Hangfire still works, while
/// readiness already says 503 and no new circuit is taken. Then Hangfire gets its own time to finish or requeue
/// (<see cref="JobsExtensions"/>), Kestrel closes the connections (the browsers reconnect through the load balancer
/// to another node and reload there), and disposing the host flushes the telemetry.
/// </summary>
public sealed class AfsluitWachttijd(
    IHostApplicationLifetime lifetime,
    Afsluitstatus status,
    IOptions<AfsluitOptions> opties,
    ILogger<AfsluitWachttijd> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // SIGTERM first fires ApplicationStopping, before the host begins to stop its services: refuse from that moment.
        lifetime.ApplicationStopping.Register(Begin);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        Begin();
        var wachttijd = TimeSpan.FromSeconds(opties.Value.WachttijdSeconden);
        if (wachttijd > TimeSpan.Zero)
        {
            await Task.Delay(wachttijd, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Begin()
    {
        if (status.Begin())
        {
            logger.LogInformation("Afsluiten: gereedheid meldt niet gereed en nieuwe verbindingen worden geweigerd; de node stopt over {Seconden} s.",
                opties.Value.WachttijdSeconden);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
