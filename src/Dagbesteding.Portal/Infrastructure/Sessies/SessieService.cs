using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure.Sessies;

/// <summary>What the server says about a signed-in principal right now.</summary>
public enum SessieStatus
{
    Geldig,
    /// <summary>Still signed in, but the roles in the cookie are no longer the roles in the database.</summary>
    RollenGewijzigd,
    Ongeldig,
}

/// <summary>
/// The one check of "may this sign-in still be used": the session exists and has not ended or passed its
/// absolute lifetime, the account's security stamp is the one in the cookie (a password change or a reset ends
/// other sign-ins), and the medewerker and their organisation are active. Every HTTP request, every open page
/// (every <see cref="SessieOptions.HercontroleSeconden"/>) and every hub connection is held to it.
/// </summary>
public sealed class SessieService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<SessieOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider time,
    ILogger<SessieService> logger)
{
    public async Task<Guid> BeginAsync(string gebruikerId, CancellationToken cancellationToken = default)
    {
        var sessie = new PortalSessie { Id = Guid.NewGuid(), GebruikerId = gebruikerId, BegonOp = time.GetUtcNow() };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Sessies.Add(sessie);
        await db.SaveChangesAsync(cancellationToken);
        return sessie.Id;
    }

    /// <summary>Ends the session of this principal on the server: its cookie is refused from now on, wherever it is replayed.</summary>
    public async Task BeeindigAsync(ClaimsPrincipal user, string reden, CancellationToken cancellationToken = default)
    {
        if (SessieId(user) is not { } id)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nu = time.GetUtcNow();
        await db.Sessies.Where(s => s.Id == id && s.BeeindigdOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BeeindigdOp, nu).SetProperty(x => x.EindReden, reden), cancellationToken);
    }

    /// <summary>
    /// Marks every open session of an account as ended, on <paramref name="db"/> without saving: the caller saves it
    /// with the change that ends them (a deactivation), so both happen or neither.
    /// </summary>
    public static async Task BeeindigAlleAsync(PortalDbContext db, string gebruikerId, DateTimeOffset nu, string reden, CancellationToken cancellationToken = default)
    {
        var open = await db.Sessies.Where(s => s.GebruikerId == gebruikerId && s.BeeindigdOp == null).ToListAsync(cancellationToken);
        foreach (var sessie in open)
        {
            sessie.BeeindigdOp = nu;
            sessie.EindReden = reden;
        }
    }

    public async Task<SessieStatus> ControleerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var gebruikerId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stempel = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (gebruikerId is null || SessieId(user) is not { } id)
        {
            return SessieStatus.Ongeldig;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rij = await db.Sessies.AsNoTracking()
            .Where(s => s.Id == id && s.GebruikerId == gebruikerId)
            .Select(s => new
            {
                s.BegonOp,
                s.BeeindigdOp,
                s.Gebruiker!.SecurityStamp,
                Actief = s.Gebruiker.Medewerker == null || (s.Gebruiker.Medewerker.Actief && s.Gebruiker.Medewerker.Organisatie!.Actief),
                Rollen = Toegangscontext.RollenVan(db, gebruikerId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var reden = rij switch
        {
            null => "onbekende sessie",
            { BeeindigdOp: not null } => "sessie beëindigd",
            _ when rij.BegonOp + options.Value.MaxDuur <= time.GetUtcNow() => "maximale sessieduur verstreken",
            _ when rij.SecurityStamp != stempel => "beveiligingsstempel gewijzigd",
            { Actief: false } => "medewerker of organisatie niet actief",
            _ => null,
        };
        if (reden is not null)
        {
            logger.LogInformation("Sessie {Sessie} geweigerd: {Reden}.", id, reden);
            return SessieStatus.Ongeldig;
        }
        var inCookie = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return inCookie.SetEquals(rij!.Rollen) ? SessieStatus.Geldig : SessieStatus.RollenGewijzigd;
    }

    public static Guid? SessieId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaims.Sessie), out var id) ? id : null;
}
