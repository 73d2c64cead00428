using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Identity's sign-in with the portal's two rules: an account whose medewerker or organisation is no longer
/// <c>Actief</c> cannot sign in (by password or OpenID Connect: both ask <see cref="CanSignInAsync"/>), and a
/// password sign-in of a role that must use two steps (<see cref="TweeStapsOptions.VerplichtVoor"/>) but has none
/// set up stops halfway: the password is proven, no portal cookie is issued, and the setup page takes over.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalGebruiker> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalGebruiker> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalGebruiker>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalGebruiker> confirmation,
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptionsMonitor<TweeStapsOptions> tweeStaps)
    : SignInManager<PortalGebruiker>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalGebruiker user)
    {
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }
        if (user.MedewerkerId is not { } medewerkerId)
        {
            // Every portal account belongs to a medewerker (the access context needs one); one without cannot sign in.
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var actief = await db.Medewerkers
            .Where(m => m.Id == medewerkerId)
            .Select(m => m.Actief && m.Organisatie!.Actief)
            .SingleOrDefaultAsync();
        if (!actief)
        {
            Logger.LogInformation("Inloggen geweigerd: medewerker {MedewerkerId} of de organisatie is niet actief.", medewerkerId);
        }
        return actief;
    }

    /// <summary>Whether this account must have two steps (by its roles) and has not set them up yet.</summary>
    public async Task<bool> MoetTweeStapsInstellenAsync(PortalGebruiker user) =>
        !await UserManager.GetTwoFactorEnabledAsync(user) && tweeStaps.CurrentValue.IsVerplicht(await UserManager.GetRolesAsync(user));

    protected override async Task<SignInResult> SignInOrTwoFactorAsync(PortalGebruiker user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (!bypassTwoFactor && loginProvider is null && await MoetTweeStapsInstellenAsync(user))
        {
            // The same half-way cookie Identity uses between password and code (five minutes, user id only), so the
            // setup page knows whose password was just proven; the portal cookie comes after the first code.
            var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            identity.AddClaim(new Claim(ClaimTypes.Name, await UserManager.GetUserIdAsync(user)));
            await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
            return TweeStapsInstellenVerplicht.Resultaat;
        }
        return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
    }

    /// <summary>Signs in after a second step that was just proven (the first code of a new authenticator).</summary>
    public async Task InloggenNaTweeStapsAsync(PortalGebruiker user)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
    }
}

/// <summary>The password was right, but the account's role requires two steps and none are set up yet.</summary>
public sealed class TweeStapsInstellenVerplicht : SignInResult
{
    public static readonly TweeStapsInstellenVerplicht Resultaat = new();

    private TweeStapsInstellenVerplicht()
    {
    }
}
