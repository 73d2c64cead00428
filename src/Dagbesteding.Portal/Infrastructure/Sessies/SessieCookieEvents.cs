using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Dagbesteding.Portal.Infrastructure.Sessies;

/// <summary>
/// The sign-in cookie's life on the server: a sign-in starts a <see cref="PortalSessie"/> and names it in the
/// cookie; every request is checked against it (<see cref="SessieService.ControleerAsync"/>), which replaces
/// Identity's security-stamp validator that looked only every 30 minutes. A role change refreshes the cookie's
/// roles on the next request instead of signing the person out.
/// </summary>
public sealed class SessieCookieEvents(SessieService sessies, SignInManager<PortalGebruiker> signInManager) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identiteit || identiteit.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } gebruikerId)
        {
            return;
        }
        // A refresh of the same person's sign-in (a password change, 2FA set up) keeps its session: the new cookie
        // replaces the old one in the same browser.
        var huidige = context.HttpContext.User;
        var sessie = huidige.FindFirstValue(ClaimTypes.NameIdentifier) == gebruikerId ? SessieService.SessieId(huidige) : null;
        sessie ??= await sessies.BeginAsync(gebruikerId, context.HttpContext.RequestAborted);
        identiteit.AddClaim(new Claim(PortalClaims.Sessie, sessie.Value.ToString()));
        // The request that signs in still has the anonymous user: its audit line (the login) finds the session here.
        context.HttpContext.Items[PortalClaims.Sessie] = sessie.Value.ToString();
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }
        switch (await sessies.ControleerAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            case SessieStatus.Ongeldig:
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                break;
            case SessieStatus.RollenGewijzigd:
                var gebruiker = await signInManager.UserManager.GetUserAsync(context.Principal);
                if (gebruiker is null)
                {
                    context.RejectPrincipal();
                    return;
                }
                var nieuw = await signInManager.CreateUserPrincipalAsync(gebruiker);
                ((ClaimsIdentity)nieuw.Identity!).AddClaim(context.Principal.FindFirst(PortalClaims.Sessie)!);
                context.ReplacePrincipal(nieuw);
                context.ShouldRenew = true;
                break;
        }
    }
}
