using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure.Sessies;

/// <summary>
/// A hub connection is authenticated once, when it opens; this re-checks every open connection of this node
/// every <see cref="SessieOptions.HercontroleSeconden"/> and closes those whose sign-in no longer holds (logout,
/// deactivation, a changed password), so a phone app or script does not keep receiving the channel's events.
/// A logout closes the connections of its own session at once (<see cref="SluitSessie"/>).
/// </summary>
public sealed class HubToegangBewaker(
    VerbindingRegister register,
    IServiceScopeFactory scopeFactory,
    IOptions<SessieOptions> options,
    ILogger<HubToegangBewaker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Hercontrole);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ControleerAllesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database hiccup must not end the loop: the next round checks again.
                logger.LogWarning(ex, "Hercontrole van de hubverbindingen mislukt.");
            }
        }
    }

    public async Task ControleerAllesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var sessies = scope.ServiceProvider.GetRequiredService<SessieService>();
        foreach (var verbinding in register.Alle())
        {
            if (verbinding.User is null || await sessies.ControleerAsync(verbinding.User, cancellationToken) == SessieStatus.Ongeldig)
            {
                logger.LogInformation("Hubverbinding {Verbinding} gesloten: de aanmelding geldt niet meer.", verbinding.ConnectionId);
                verbinding.Abort();
            }
        }
    }

    public void SluitSessie(Guid sessieId)
    {
        foreach (var verbinding in register.Alle().Where(v => v.User is not null && SessieService.SessieId(v.User) == sessieId))
        {
            verbinding.Abort();
        }
    }
}
