using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure.Sessies;

/// <summary>
/// An open page re-checks its sign-in every <see cref="SessieOptions.HercontroleSeconden"/>: a logout elsewhere,
/// a deactivated account or organisation, a changed password or role ends access in the page too. The router
/// then reloads the page, and the server decides again (login page, or the page with the new roles).
/// </summary>
public sealed class PortalAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<SessieOptions> options) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.Hercontrole;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // The provider lives as long as the circuit; the check gets its own scope each time.
        await using var scope = scopeFactory.CreateAsyncScope();
        var status = await scope.ServiceProvider.GetRequiredService<SessieService>().ControleerAsync(authenticationState.User, cancellationToken);
        return status == SessieStatus.Geldig;
    }
}
