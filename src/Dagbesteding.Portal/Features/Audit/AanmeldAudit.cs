using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// Sign-in events for the audit log: success, failure and lockout, for password and OpenID Connect. A failure is
/// logged against the account when the e-mail address exists; for an unknown address nothing of what was typed is
/// stored (it may be a password typed in the wrong field), and the typed password never is.
/// </summary>
public sealed class AanmeldAudit(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit)
{
    public async Task WachtwoordAsync(HttpContext http, string email, SignInResult resultaat, CancellationToken cancellationToken = default)
    {
        if (resultaat.Succeeded)
        {
            await SchrijfAsync(http, email, AuditActie.Inloggen, AuditResultaat.Gelukt, $"Wachtwoord", cancellationToken);
        }
        else if (resultaat.RequiresTwoFactor)
        {
            await SchrijfAsync(http, email, AuditActie.Inloggen, AuditResultaat.Gelukt, $"Wachtwoord juist, tweede stap gevraagd", cancellationToken);
        }
        else if (resultaat.IsLockedOut)
        {
            await SchrijfAsync(http, email, AuditActie.Geblokkeerd, AuditResultaat.Geweigerd, $"Wachtwoord, account geblokkeerd", cancellationToken);
        }
        else if (resultaat.IsNotAllowed)
        {
            await SchrijfAsync(http, email, AuditActie.Inloggen, AuditResultaat.Geweigerd, $"Wachtwoord, account niet toegestaan", cancellationToken);
        }
        else
        {
            await SchrijfAsync(http, email, AuditActie.Inloggen, AuditResultaat.Mislukt, $"Wachtwoord onjuist of account onbekend", cancellationToken);
        }
    }

    /// <summary>The second step (authenticator code or recovery code) after a proven password.</summary>
    public Task TweeStapsAsync(HttpContext http, PortalGebruiker? gebruiker, SignInResult resultaat, bool herstelcode, CancellationToken cancellationToken = default)
    {
        var (actie, uitkomst) = resultaat.Succeeded ? (AuditActie.Inloggen, AuditResultaat.Gelukt)
            : resultaat.IsLockedOut ? (AuditActie.Geblokkeerd, AuditResultaat.Geweigerd)
            : (AuditActie.Inloggen, AuditResultaat.Mislukt);
        var toelichting = herstelcode ? (FormattableString)$"Tweede stap met herstelcode" : $"Tweede stap met authenticator-code";
        return SchrijfAsync(http, null, actie, uitkomst, toelichting, cancellationToken, gebruiker?.Id);
    }

    /// <summary>Refused before the password was checked: too many attempts from this address or for this account.</summary>
    public Task BegrensdAsync(HttpContext http, string email, CancellationToken cancellationToken = default) =>
        SchrijfAsync(http, email, AuditActie.Geblokkeerd, AuditResultaat.Geweigerd, $"Te veel inlogpogingen, tijdelijk begrensd", cancellationToken);

    public Task ExternAsync(HttpContext http, string? email, AuditResultaat uitkomst, FormattableString toelichting, CancellationToken cancellationToken = default) =>
        SchrijfAsync(http, email, AuditActie.Inloggen, uitkomst, toelichting, cancellationToken);

    /// <summary>A change to one's own account (password, two steps, recovery codes): object Account, action gewijzigd.</summary>
    public Task AccountAsync(HttpContext http, string gebruikerId, AuditResultaat uitkomst, FormattableString toelichting, CancellationToken cancellationToken = default) =>
        SchrijfAsync(http, null, AuditActie.Gewijzigd, uitkomst, toelichting, cancellationToken, gebruikerId);

    public Task UitgelogdAsync(HttpContext http, CancellationToken cancellationToken = default) =>
        SchrijfAsync(http, null, AuditActie.Uitgelogd, AuditResultaat.Gelukt, null, cancellationToken, http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);

    private async Task SchrijfAsync(HttpContext http, string? email, AuditActie actie, AuditResultaat uitkomst, FormattableString? toelichting,
        CancellationToken cancellationToken, string? gebruikerId = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var genormaliseerd = email?.Trim().ToUpperInvariant();
        var account = await db.Users
            .Where(u => gebruikerId != null ? u.Id == gebruikerId : u.NormalizedEmail == genormaliseerd)
            .Select(u => new
            {
                u.Id,
                u.MedewerkerId,
                OrganisatieId = u.Medewerker != null ? (int?)u.Medewerker.OrganisatieId : null,
            })
            .FirstOrDefaultAsync(cancellationToken);
        // The roles at this moment, with the same query as the access context (a second query: it cannot be inlined).
        var rollen = account is null ? [] : await Toegangscontext.RollenVan(db, account.Id).ToListAsync(cancellationToken);
        var actor = (account is null ? Actor.Niemand : new Actor(account.MedewerkerId ?? 0, account.Id, rollen) { OrganisatieId = account.OrganisatieId })
            with
        { Herkomst = Herkomst.Van(http) };
        audit.Schrijf(db, actor, actie, AuditLog.Account, account?.MedewerkerId, toelichting, uitkomst);
        await db.SaveChangesAsync(cancellationToken);
    }
}
