using System.Runtime.CompilerServices;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Infrastructure.Sessies;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Beheer.Medewerkers;

/// <summary>
/// People and their accounts (issue 11, "People"): the Beheerder manages everyone, a netwerkmanager the staff of
/// their own organisation. The rights are <see cref="MedewerkerBeheerRegels"/>, applied to the access context read
/// fresh for every call. Every change is one transaction with its audit line; a refusal of rights is logged too.
/// UserManager needs its own scope per operation (a circuit must not hold a DbContext).
/// </summary>
public sealed class MedewerkerBeheerService(
    IServiceScopeFactory scopes,
    Uitnodigingen uitnodigingen,
    IRealtimePublisher publisher,
    TimeProvider time,
    AuditLog audit)
{
    // Sessies.EindReden holds at most 20 characters.
    private const string SessieEinde = "gedeactiveerd";

    public async Task<Uitkomst<MedewerkersOverzicht>> OverzichtAsync(Actor actor, int? organisatieId = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var inzien = MedewerkerBeheerRegels.MagInzien(ik);
        if (!inzien.Toegestaan)
        {
            audit.Weiger(db, actor, AuditActie.Bekeken, AuditLog.Account, null, $"Medewerkers bekijken");
            await db.SaveChangesAsync(cancellationToken);
            return Uitkomst<MedewerkersOverzicht>.Geweigerd(inzien.Reden!);
        }
        // A netwerkmanager sees their own organisation, whatever filter is asked for.
        var filter = ik.IsBeheerder ? organisatieId : ik.OrganisatieId;
        var query = db.Medewerkers.AsNoTracking().AsQueryable();
        if (filter is { } f)
        {
            query = query.Where(m => m.OrganisatieId == f);
        }
        var rijen = await query.OrderBy(m => m.Organisatie!.Naam).ThenBy(m => m.Naam)
            .Select(m => new
            {
                m.Id,
                m.Naam,
                m.Email,
                m.OrganisatieId,
                Organisatie = m.Organisatie!.Naam,
                m.Functie,
                m.Actief,
                Account = db.Users.Where(u => u.MedewerkerId == m.Id).Select(u => new { u.Id, HeeftWachtwoord = u.PasswordHash != null }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var ids = rijen.Where(r => r.Account != null).Select(r => r.Account!.Id).ToList();
        var rollen = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var medewerkers = rijen.Select(r =>
        {
            var eigen = r.Account is null ? [] : rollen[r.Account.Id].Order(StringComparer.Ordinal).ToList();
            var doel = new Beheerde(r.Id, r.OrganisatieId, eigen, r.Actief);
            return new MedewerkerRij(r.Id, r.Naam, r.Email, r.OrganisatieId, r.Organisatie, r.Functie, eigen, r.Actief,
                r.Account?.HeeftWachtwoord ?? false, MedewerkerBeheerRegels.MagBeheren(ik, doel).Toegestaan);
        }).ToList();
        var organisaties = await db.Organisaties.AsNoTracking()
            .Where(o => o.Actief && (ik.IsBeheerder || o.Id == ik.OrganisatieId))
            .OrderBy(o => o.Naam)
            .Select(o => new OrganisatieKeuze(o.Id, o.Naam, o.Type))
            .ToListAsync(cancellationToken);
        var teGeven = Rollen.Alle.Where(r => ik.IsBeheerder || !MedewerkerBeheerRegels.BeheerRollen.Contains(r)).ToList();
        return Uitkomst<MedewerkersOverzicht>.Klaar(new MedewerkersOverzicht(medewerkers, organisaties, teGeven, ik.IsBeheerder, ik.MedewerkerId));
    }

    /// <summary>Creates the medewerker and their account with roles; the one-time link unless OpenID Connect only.</summary>
    public async Task<Uitkomst<Uitnodiging>> MaakAanAsync(Actor actor, NieuweMedewerker invoer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var organisatie = await db.Organisaties.AsNoTracking().Where(o => o.Id == invoer.OrganisatieId)
            .Select(o => new { o.Id, o.Type, o.Actief }).SingleOrDefaultAsync(cancellationToken);
        var rollen = invoer.Rollen.Distinct().ToList();
        var recht = MedewerkerBeheerRegels.MagBeherenIn(ik, invoer.OrganisatieId);
        if (recht.Toegestaan && !ik.IsBeheerder && rollen.Any(MedewerkerBeheerRegels.BeheerRollen.Contains))
        {
            // A role the actor may not grant is a refusal of rights (logged), not a typing error.
            recht = MedewerkerBeheerRegels.MagRollenGeven(ik, null, rollen, organisatie?.Type ?? default, 0);
        }
        if (!recht.Toegestaan)
        {
            audit.Weiger(db, actor, AuditActie.Aangemaakt, AuditLog.Account, null, $"Medewerker aanmaken in organisatie {invoer.OrganisatieId}");
            await db.SaveChangesAsync(cancellationToken);
            return Uitkomst<Uitnodiging>.Geweigerd(recht.Reden!);
        }
        var email = invoer.Email?.Trim() ?? "";
        var naam = invoer.Naam?.Trim() ?? "";
        var controle = new[]
        {
            MedewerkerBeheerRegels.ControleerNaam(naam),
            MedewerkerBeheerRegels.ControleerEmail(email),
            organisatie is { Actief: true } ? Beslissing.Ja : Beslissing.Nee("Kies een actieve organisatie."),
            MedewerkerBeheerRegels.MagRollenGeven(ik, null, rollen, organisatie?.Type ?? default, 0),
        }.FirstOrDefault(b => !b.Toegestaan);
        if (controle is not null)
        {
            return Uitkomst<Uitnodiging>.Geweigerd(controle.Reden!);
        }
        if (await EmailBestaatAsync(db, email, cancellationToken))
        {
            return Uitkomst<Uitnodiging>.Geweigerd("Er is al een medewerker met dit e-mailadres.");
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var medewerker = new Medewerker { Naam = naam, Email = email, OrganisatieId = organisatie!.Id, Functie = invoer.Functie };
        db.Medewerkers.Add(medewerker);
        await db.SaveChangesAsync(cancellationToken);
        var resultaat = await MaakAccountAsync(users, medewerker, rollen, cancellationToken);
        if (resultaat is not null)
        {
            // Nothing half-saved: the medewerker goes with the account that could not be made.
            await transactie.RollbackAsync(cancellationToken);
            return Uitkomst<Uitnodiging>.Geweigerd(resultaat);
        }
        var gebruiker = await users.Users.SingleAsync(u => u.MedewerkerId == medewerker.Id, cancellationToken);
        audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Account, medewerker.Id,
            MetRollen($"Medewerker aangemaakt in organisatie {organisatie.Id}, functie {invoer.Functie}, rollen ", rollen));
        (string Link, DateTimeOffset GeldigTot)? link = null;
        if (!invoer.AlleenOpenIdConnect)
        {
            link = await uitnodigingen.MaakLinkAsync(users, gebruiker);
            audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Account, medewerker.Id, $"Uitnodiging gemaakt, geldig tot {link.Value.GeldigTot}");
        }
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        var gemaild = link is { } l && await uitnodigingen.MailAsync(email, naam, l.Link, l.GeldigTot, cancellationToken);
        return Uitkomst<Uitnodiging>.Klaar(new Uitnodiging(medewerker.Id, naam, link?.Link, link?.GeldigTot, gemaild));
    }

    /// <summary>
    /// A new one-time link for someone who has not set a password yet (the old link stops working: the stamp
    /// changes). Refused for someone who has a password: they change it themselves.
    /// </summary>
    public async Task<Uitkomst<Uitnodiging>> NieuweLinkAsync(Actor actor, int medewerkerId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var doel = await BeheerdeAsync(db, medewerkerId, cancellationToken);
        if (doel is null)
        {
            return Uitkomst<Uitnodiging>.Geweigerd("Deze medewerker bestaat niet (meer).");
        }
        var recht = MedewerkerBeheerRegels.MagBeheren(ik, doel.Feiten);
        if (!recht.Toegestaan)
        {
            return await WeigerAsync<Uitnodiging>(db, actor, AuditActie.Aangemaakt, medewerkerId, recht, cancellationToken);
        }
        var gebruiker = await users.Users.SingleOrDefaultAsync(u => u.MedewerkerId == medewerkerId, cancellationToken);
        if (gebruiker is null || !doel.Feiten.Actief)
        {
            return Uitkomst<Uitnodiging>.Geweigerd("Deze medewerker is niet actief of heeft geen account.");
        }
        if (gebruiker.PasswordHash is not null)
        {
            return Uitkomst<Uitnodiging>.Geweigerd($"{doel.Naam} heeft al een wachtwoord en wijzigt het zelf bij Instellingen.");
        }
        // A fresh stamp first: the previous link, wherever it went, no longer works.
        await users.UpdateSecurityStampAsync(gebruiker);
        var link = await uitnodigingen.MaakLinkAsync(users, gebruiker);
        audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Account, medewerkerId, $"Uitnodiging gemaakt, geldig tot {link.GeldigTot}");
        await db.SaveChangesAsync(cancellationToken);
        var gemaild = await uitnodigingen.MailAsync(doel.Email, doel.Naam, link.Link, link.GeldigTot, cancellationToken);
        return Uitkomst<Uitnodiging>.Klaar(new Uitnodiging(medewerkerId, doel.Naam, link.Link, link.GeldigTot, gemaild));
    }

    public async Task<Uitkomst<bool>> WijzigRollenAsync(Actor actor, int medewerkerId, IReadOnlyCollection<string> rollen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollen);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var doel = await BeheerdeAsync(db, medewerkerId, cancellationToken);
        if (doel?.GebruikerId is null)
        {
            return Uitkomst<bool>.Geweigerd("Deze medewerker bestaat niet (meer) of heeft geen account.");
        }
        var nieuw = rollen.Distinct().ToList();
        var recht = MedewerkerBeheerRegels.MagBeheren(ik, doel.Feiten);
        if (recht.Toegestaan && !ik.IsBeheerder && nieuw.Any(MedewerkerBeheerRegels.BeheerRollen.Contains))
        {
            recht = MedewerkerBeheerRegels.MagRollenGeven(ik, doel.Feiten, nieuw, doel.OrganisatieType, int.MaxValue);
        }
        if (!recht.Toegestaan)
        {
            return await WeigerAsync<bool>(db, actor, AuditActie.Gewijzigd, medewerkerId, recht, cancellationToken);
        }
        var regels = MedewerkerBeheerRegels.MagRollenGeven(ik, doel.Feiten, nieuw, doel.OrganisatieType, await ActieveBeheerdersAsync(db, cancellationToken));
        if (!regels.Toegestaan)
        {
            return Uitkomst<bool>.Geweigerd(regels.Reden!);
        }
        var oud = doel.Feiten.Rollen;
        if (oud.ToHashSet().SetEquals(nieuw))
        {
            return Uitkomst<bool>.Klaar(false);
        }
        var rolIds = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var weg = oud.Except(nieuw).Select(r => rolIds[r]).ToList();
        db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == doel.GebruikerId && weg.Contains(ur.RoleId)).ToListAsync(cancellationToken));
        db.UserRoles.AddRange(nieuw.Except(oud).Select(r => new IdentityUserRole<string> { UserId = doel.GebruikerId, RoleId = rolIds[r] }));
        // The open sessions keep going; their next check sees other roles and renews the cookie (SessieStatus.RollenGewijzigd).
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Account, medewerkerId, MetRollen($"Rollen gewijzigd naar ", nieuw.Order(StringComparer.Ordinal).ToList()),
            namensMedewerkerId: null);
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<bool>.Klaar(true);
    }

    /// <summary>
    /// Deactivates the medewerker: a new security stamp and the end of every session in the same transaction, then a
    /// push that sends their open pages to the sign-in page at once.
    /// </summary>
    public async Task<Uitkomst<bool>> DeactiveerAsync(Actor actor, int medewerkerId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var doel = await BeheerdeAsync(db, medewerkerId, cancellationToken);
        if (doel is null)
        {
            return Uitkomst<bool>.Geweigerd("Deze medewerker bestaat niet (meer).");
        }
        var recht = MedewerkerBeheerRegels.MagBeheren(ik, doel.Feiten);
        if (!recht.Toegestaan)
        {
            return await WeigerAsync<bool>(db, actor, AuditActie.Gewijzigd, medewerkerId, recht, cancellationToken);
        }
        var regels = MedewerkerBeheerRegels.MagDeactiveren(ik, doel.Feiten, await ActieveBeheerdersAsync(db, cancellationToken));
        if (!regels.Toegestaan)
        {
            return Uitkomst<bool>.Geweigerd(regels.Reden!);
        }
        var medewerker = await db.Medewerkers.SingleAsync(m => m.Id == medewerkerId, cancellationToken);
        medewerker.Actief = false;
        if (doel.GebruikerId is { } gebruikerId)
        {
            var gebruiker = await db.Users.SingleAsync(u => u.Id == gebruikerId, cancellationToken);
            gebruiker.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            await SessieService.BeeindigAlleAsync(db, gebruikerId, time.GetUtcNow(), SessieEinde, cancellationToken);
        }
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Account, medewerkerId, $"Medewerker gedeactiveerd, sessies beeindigd");
        await db.SaveChangesAsync(cancellationToken);
        // After the commit; a lost push only means the page leaves at its next check (Authentication:Sessie:HercontroleSeconden).
        publisher.Publiceer(new ToegangBeeindigd(medewerkerId));
        publisher.Publiceer(new LidmaatschapGewijzigd(medewerkerId));
        return Uitkomst<bool>.Klaar(true);
    }

    public async Task<Uitkomst<bool>> ActiveerAsync(Actor actor, int medewerkerId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ik = await BeheerderAsync(db, actor, cancellationToken);
        var doel = await BeheerdeAsync(db, medewerkerId, cancellationToken);
        if (doel is null)
        {
            return Uitkomst<bool>.Geweigerd("Deze medewerker bestaat niet (meer).");
        }
        var recht = MedewerkerBeheerRegels.MagBeheren(ik, doel.Feiten);
        if (!recht.Toegestaan)
        {
            return await WeigerAsync<bool>(db, actor, AuditActie.Gewijzigd, medewerkerId, recht, cancellationToken);
        }
        var regels = MedewerkerBeheerRegels.MagActiveren(ik, doel.Feiten);
        if (!regels.Toegestaan)
        {
            return Uitkomst<bool>.Geweigerd(regels.Reden!);
        }
        var medewerker = await db.Medewerkers.SingleAsync(m => m.Id == medewerkerId, cancellationToken);
        medewerker.Actief = true;
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Account, medewerkerId, $"Medewerker weer actief");
        await db.SaveChangesAsync(cancellationToken);
        publisher.Publiceer(new LidmaatschapGewijzigd(medewerkerId));
        return Uitkomst<bool>.Klaar(true);
    }

    /// <summary>The account of a new medewerker, without a password; a Dutch reason when Identity refuses it.</summary>
    internal static async Task<string?> MaakAccountAsync(UserManager<PortalGebruiker> users, Medewerker medewerker, IReadOnlyCollection<string> rollen,
        CancellationToken cancellationToken)
    {
        var gebruiker = new PortalGebruiker { UserName = medewerker.Email, Email = medewerker.Email, EmailConfirmed = true, MedewerkerId = medewerker.Id };
        var aangemaakt = await users.CreateAsync(gebruiker);
        if (!aangemaakt.Succeeded)
        {
            return string.Join(" ", aangemaakt.Errors.Select(e => e.Description));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var metRollen = await users.AddToRolesAsync(gebruiker, rollen);
        return metRollen.Succeeded ? null : string.Join(" ", metRollen.Errors.Select(e => e.Description));
    }

    internal static async Task<bool> EmailBestaatAsync(PortalDbContext db, string email, CancellationToken cancellationToken)
    {
        var klein = email.ToLowerInvariant();
        var groot = email.ToUpperInvariant();
        return await db.Medewerkers.AnyAsync(m => m.Email.ToLower() == klein, cancellationToken)
            || await db.Users.AnyAsync(u => u.NormalizedEmail == groot || u.NormalizedUserName == groot, cancellationToken);
    }

    /// <summary>The active medewerkers with the Beheerder role: the last one stays.</summary>
    internal static Task<int> ActieveBeheerdersAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Medewerker != null && u.Medewerker.Actief && u.Medewerker.Organisatie!.Actief
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Rollen.Beheerder)))
            .CountAsync(cancellationToken);

    /// <summary>A holes-only explanation with one code per role (role names are the portal's own, not free text).</summary>
    private static FormattableString MetRollen(FormattableString begin, IReadOnlyList<string> rollen)
    {
        var args = begin.GetArguments().ToList();
        var gaten = rollen.Select((_, i) => $"{{{args.Count + i}}}").ToList();
        args.AddRange(rollen.Select(r => (object?)AuditLog.Code(r.ToLowerInvariant())));
        return FormattableStringFactory.Create(begin.Format + (rollen.Count == 0 ? "geen" : string.Join(",", gaten)), [.. args]);
    }

    private async Task<Uitkomst<T>> WeigerAsync<T>(PortalDbContext db, Actor actor, AuditActie actie, int medewerkerId, Beslissing recht, CancellationToken cancellationToken)
    {
        audit.Weiger(db, actor, actie, AuditLog.Account, medewerkerId, $"Medewerker beheren: {actie}");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<T>.Geweigerd(recht.Reden!);
    }

    private static async Task<Beheerder> BeheerderAsync(PortalDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        return new Beheerder(toegang.MedewerkerId, toegang.IsBekend && toegang.IsBeheerder, toegang.IsBekend && toegang.IsNetwerkmanager, toegang.OrganisatieId);
    }

    private sealed record Doel(Beheerde Feiten, string Naam, string Email, string? GebruikerId, OrganisatieType OrganisatieType);

    private static async Task<Doel?> BeheerdeAsync(PortalDbContext db, int medewerkerId, CancellationToken cancellationToken)
    {
        var m = await db.Medewerkers.AsNoTracking().Where(x => x.Id == medewerkerId)
            .Select(x => new { x.Id, x.OrganisatieId, x.Naam, x.Email, x.Actief, x.Organisatie!.Type, Account = db.Users.Where(u => u.MedewerkerId == x.Id).Select(u => u.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return null;
        }
        var rollen = m.Account is null ? [] : await Toegangscontext.RollenVan(db, m.Account).ToListAsync(cancellationToken);
        return new Doel(new Beheerde(m.Id, m.OrganisatieId, rollen, m.Actief), m.Naam, m.Email, m.Account, m.Type);
    }
}
