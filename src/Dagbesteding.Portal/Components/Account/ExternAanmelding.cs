using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Components.Account;

/// <summary>
/// Decides whether the identity that came back from the OpenID Connect provider may sign in, and as which portal
/// account: the provider must vouch for the e-mail address (<see cref="OpenIdConnectSettings.GeverifieerdClaim"/>),
/// an account with that address must exist (made by the Beheerder), and the account, its medewerker and its
/// organisation must be allowed to sign in (not locked out, <c>Actief</c>). Every refusal looks the same to the user.
/// </summary>
public sealed class ExternAanmelding(
    UserManager<PortalGebruiker> userManager,
    SignInManager<PortalGebruiker> signInManager,
    IOptions<OpenIdConnectSettings> settings,
    ILogger<ExternAanmelding> logger)
{
    public async Task<PortalGebruiker?> ToegestaneGebruikerAsync(ClaimsPrincipal? extern_)
    {
        if (extern_?.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var instellingen = settings.Value;
        var geverifieerd = extern_.FindAll(instellingen.GeverifieerdClaim)
            .Any(c => string.Equals(c.Value, instellingen.GeverifieerdWaarde, StringComparison.OrdinalIgnoreCase));
        if (!geverifieerd)
        {
            logger.LogWarning("Extern inloggen geweigerd: de identity provider heeft het e-mailadres niet geverifieerd ({Claim}).", instellingen.GeverifieerdClaim);
            return null;
        }
        var email = extern_.FindFirstValue(instellingen.EmailClaim) ?? extern_.FindFirstValue(ClaimTypes.Email);
        var gebruiker = string.IsNullOrWhiteSpace(email) ? null : await userManager.FindByEmailAsync(email);
        if (gebruiker is null)
        {
            logger.LogWarning("Extern inloggen geweigerd: geen portal-account met dit e-mailadres.");
            return null;
        }
        if (await userManager.IsLockedOutAsync(gebruiker) || !await signInManager.CanSignInAsync(gebruiker))
        {
            logger.LogWarning("Extern inloggen geweigerd voor account {GebruikerId}: geblokkeerd of niet actief.", gebruiker.Id);
            return null;
        }
        return gebruiker;
    }
}
