using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>What a viewer with this access sees of a stadsdeel's casussen.</summary>
public enum Zicht
{
    Geen,
    /// <summary>Only the numbers per column (netwerkmanager, beheerder): no kenmerk, no card.</summary>
    Aantallen,
    Kaarten,
}

/// <summary>
/// Who is asking and what they may do, read from the database for each operation (<see cref="LeesAsync"/>): the
/// medewerker, their organisation, the roles of their account, the stadsdelen they work in and the channels they
/// are a member of. The services enforce these rights and the pages read the same object to decide what they offer
/// (<see cref="GebruikerContext.Toegang"/>), so a button is never shown for something the service refuses.
/// An inactive medewerker or organisation has no access at all (<see cref="Geen"/>).
/// </summary>
public sealed record Toegangscontext(
    int MedewerkerId,
    string? GebruikerId,
    int OrganisatieId,
    OrganisatieType OrganisatieType,
    int? EigenStadsdeelId,
    IReadOnlySet<string> Rollen,
    IReadOnlySet<int> Stadsdelen,
    IReadOnlySet<int> KanaalIds)
{
    public static Toegangscontext Geen { get; } = new(0, null, 0, default, null, new HashSet<string>(), new HashSet<int>(), new HashSet<int>());

    public bool IsBekend => MedewerkerId != 0;

    public bool HeeftRol(string rol) => Rollen.Contains(rol);

    public bool IsBeheerder => HeeftRol(Domain.Rollen.Beheerder);

    public bool IsNetwerklid => HeeftRol(Domain.Rollen.Netwerklid);

    public bool IsNetwerkmanager => HeeftRol(Domain.Rollen.Netwerkmanager);

    /// <summary>Buurtteam staff (regievoerder or netwerklid) see the whole board of their stadsdelen.</summary>
    public bool IsBuurtteamlid => OrganisatieType == OrganisatieType.Buurtteamorganisatie && (HeeftRol(Domain.Rollen.Regievoerder) || IsNetwerklid);

    public bool IsRegievoerder => OrganisatieType == OrganisatieType.Buurtteamorganisatie && HeeftRol(Domain.Rollen.Regievoerder);

    /// <summary>An aanbieder's member sees and works on the cases in which their organisation is the aanbieder.</summary>
    public bool IsAanbieder => OrganisatieType == OrganisatieType.Aanbieder && IsNetwerklid;

    public bool MagCasusAanmaken => IsRegievoerder || IsAanbieder;

    /// <summary>The stadsdelen whose cards this viewer may see (for the aanbieder, only its own cases in them).</summary>
    public IEnumerable<int> KaartStadsdelen => IsBuurtteamlid || IsAanbieder ? Stadsdelen : [];

    public Zicht ZichtOp(int stadsdeelId)
    {
        if (!Stadsdelen.Contains(stadsdeelId))
        {
            return Zicht.Geen;
        }
        if (IsBuurtteamlid || IsAanbieder)
        {
            return Zicht.Kaarten;
        }
        return IsNetwerkmanager || IsBeheerder ? Zicht.Aantallen : Zicht.Geen;
    }

    /// <summary>The dashboard of a stadsdeel: the Beheerder everywhere, a netwerkmanager in the stadsdelen they work in.</summary>
    public bool MagDashboardZien(int stadsdeelId) => Stadsdelen.Contains(stadsdeelId) && (IsBeheerder || IsNetwerkmanager);

    public bool IsLidVan(int kanaalId) => KanaalIds.Contains(kanaalId);

    /// <summary>
    /// Reads the access of a medewerker now. Roles are those of the medewerker's account in the database, not
    /// those in a cookie or circuit; <paramref name="rollenZonderAccount"/> is used only for a medewerker who has
    /// no login account at all (made by code: a job acting for them, a test), whose roles nobody can sign in with.
    /// </summary>
    public static async Task<Toegangscontext> LeesAsync(
        PortalDbContext db, int medewerkerId, IReadOnlyList<string>? rollenZonderAccount = null, CancellationToken cancellationToken = default)
    {
        var medewerker = await db.Medewerkers.AsNoTracking()
            .Where(m => m.Id == medewerkerId && m.Actief && m.Organisatie!.Actief)
            .Select(m => new
            {
                m.Id,
                m.OrganisatieId,
                m.Organisatie!.Type,
                m.Organisatie.StadsdeelId,
                Account = db.Users.Where(u => u.MedewerkerId == m.Id).Select(u => u.Id).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (medewerker is null)
        {
            return Geen;
        }
        var rollen = medewerker.Account is null
            ? rollenZonderAccount ?? []
            : await RollenVan(db, medewerker.Account).ToListAsync(cancellationToken);
        var kanalen = await db.Lidmaatschappen.Where(l => l.MedewerkerId == medewerkerId && l.AfgemeldOp == null)
            .Select(l => new { l.KanaalId, l.Kanaal!.StadsdeelId })
            .ToListAsync(cancellationToken);
        IEnumerable<int> stadsdelen = rollen.Contains(Domain.Rollen.Beheerder)
            ? await db.Stadsdelen.Select(s => s.Id).ToListAsync(cancellationToken)
            : kanalen.Select(k => k.StadsdeelId).Concat(medewerker.StadsdeelId is { } eigen ? [eigen] : []);
        return new Toegangscontext(medewerker.Id, medewerker.Account, medewerker.OrganisatieId, medewerker.Type, medewerker.StadsdeelId,
            rollen.ToHashSet(), stadsdelen.ToHashSet(), kanalen.Select(k => k.KanaalId).ToHashSet());
    }

    /// <summary>The roles of an account as the database holds them now.</summary>
    public static IQueryable<string> RollenVan(PortalDbContext db, string gebruikerId) =>
        db.UserRoles.Where(ur => ur.UserId == gebruikerId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!);

    /// <summary>The access of a signed-in principal (an HTTP request, a hub connection): their account's medewerker.</summary>
    public static async Task<Toegangscontext> LeesAsync(PortalDbContext db, ClaimsPrincipal gebruiker, CancellationToken cancellationToken = default)
    {
        var id = gebruiker.FindFirstValue(ClaimTypes.NameIdentifier);
        var medewerkerId = id is null ? null
            : await db.Users.Where(u => u.Id == id).Select(u => u.MedewerkerId).FirstOrDefaultAsync(cancellationToken);
        return medewerkerId is { } m ? await LeesAsync(db, m, cancellationToken: cancellationToken) : Geen;
    }

    /// <summary>This access as the actor of a service call (the services read it fresh again).</summary>
    public Actor AlsActor() => new(MedewerkerId, GebruikerId, Rollen.ToList()) { OrganisatieId = OrganisatieId };

    /// <summary>The access of the actor of a service call, fresh from the database.</summary>
    public static Task<Toegangscontext> LeesAsync(PortalDbContext db, Actor actor, CancellationToken cancellationToken = default) =>
        LeesAsync(db, actor.MedewerkerId, actor.Rollen, cancellationToken);
}
