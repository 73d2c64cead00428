using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
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
    Features.Audit.AanmeldAudit aanmelden,
    ILogger<ExternAanmelding> logger)
{
    /// <summary>The account that may sign in, or null; every outcome is audited (against the account when one exists).</summary>
    public async Task<PortalGebruiker?> ToegestaneGebruikerAsync(HttpContext http, ClaimsPrincipal? extern_)
    {
        if (extern_?.Identity?.IsAuthenticated != true)
        {
            await aanmelden.ExternAsync(http, null, AuditResultaat.Mislukt, $"OpenID Connect, niet aangemeld bij de identity provider");
            return null;
        }
        var instellingen = settings.Value;
        var email = extern_.FindFirstValue(instellingen.EmailClaim) ?? extern_.FindFirstValue(ClaimTypes.Email);
        var geverifieerd = extern_.FindAll(instellingen.GeverifieerdClaim)
            .Any(c => string.Equals(c.Value, instellingen.GeverifieerdWaarde, StringComparison.OrdinalIgnoreCase));
        if (!geverifieerd)
        {
            logger.LogWarning("Extern inloggen geweigerd: de identity provider heeft het e-mailadres niet geverifieerd ({Claim}).", instellingen.GeverifieerdClaim);
            await aanmelden.ExternAsync(http, null, AuditResultaat.Geweigerd, $"OpenID Connect, e-mailadres niet geverifieerd");
            return null;
        }
        var gebruiker = string.IsNullOrWhiteSpace(email) ? null : await userManager.FindByEmailAsync(email);
        if (gebruiker is null)
        {
            logger.LogWarning("Extern inloggen geweigerd: geen portal-account met dit e-mailadres.");
            await aanmelden.ExternAsync(http, null, AuditResultaat.Mislukt, $"OpenID Connect, geen portalaccount");
            return null;
        }
        if (await userManager.IsLockedOutAsync(gebruiker) || !await signInManager.CanSignInAsync(gebruiker))
        {
            logger.LogWarning("Extern inloggen geweigerd voor account {GebruikerId}: geblokkeerd of niet actief.", gebruiker.Id);
            await aanmelden.ExternAsync(http, email, AuditResultaat.Geweigerd, $"OpenID Connect, account geblokkeerd of niet actief");
            return null;
        }
        return gebruiker;
    }
}
