using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Beheer;

public sealed record OrganisatieRij(int Id, string Naam, OrganisatieType Type, string? Stadsdeel, int Locaties, int Medewerkers, bool Actief);

public sealed record OrganisatieLocatieRij(int Id, string Naam, string Stadsdeel, bool Actief);

/// <summary>The form of an organisation: its fields, the stadsdelen to choose from, and its locaties (also ended ones).</summary>
public sealed record OrganisatieFormulier(int? Id, OrganisatieGegevens Gegevens, bool Actief, DateTimeOffset? BeeindigdOp,
    IReadOnlyList<Aanbod.Keuze> Stadsdelen, IReadOnlyList<OrganisatieLocatieRij> Locaties);

/// <summary>
/// The organisations of the network, managed by the Beheerder. Nothing that history refers to is deleted: an organisation
/// is ended (<see cref="Organisatie.Actief"/> false, its medewerkers lose access, its locaties leave the sociale kaart).
/// </summary>
public sealed class BeheerService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, AuditLog audit)
{
    public const string GeenBeheerderFout = "Alleen de beheerder beheert de organisaties van het netwerk.";

    public async Task<IReadOnlyList<OrganisatieRij>> OrganisatiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisaties
            .OrderBy(o => o.Type).ThenBy(o => o.Naam)
            .Select(o => new OrganisatieRij(o.Id, o.Naam, o.Type,
                o.Stadsdeel != null ? o.Stadsdeel.Naam : o.ActieveStadsdelen.Count > 0 ? string.Join(", ", o.ActieveStadsdelen.Select(s => s.Naam)) : null,
                o.Locaties.Count(l => l.Actief), o.Medewerkers.Count(m => m.Actief), o.Actief))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The form of an organisation (<paramref name="id"/> null: a new one); null for anyone but the Beheerder, or an unknown id.</summary>
    public async Task<OrganisatieFormulier?> FormulierAsync(Actor actor, int? id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            return null;
        }
        var stadsdelen = await db.Stadsdelen.OrderBy(s => s.Naam).Select(s => new Aanbod.Keuze(s.Id, s.Code, s.Naam)).ToListAsync(cancellationToken);
        if (id is null)
        {
            return new OrganisatieFormulier(null, new OrganisatieGegevens(), true, null, stadsdelen, []);
        }
        var organisatie = await db.Organisaties.AsNoTracking().Include(o => o.ActieveStadsdelen).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisatie is null)
        {
            return null;
        }
        var locaties = await db.Locaties.Where(l => l.OrganisatieId == id).OrderByDescending(l => l.Actief).ThenBy(l => l.Naam)
            .Select(l => new OrganisatieLocatieRij(l.Id, l.Naam, l.Stadsdeel!.Naam, l.Actief)).ToListAsync(cancellationToken);
        var gegevens = new OrganisatieGegevens
        {
            Naam = organisatie.Naam,
            Type = organisatie.Type,
            StadsdeelId = organisatie.StadsdeelId,
            ActieveStadsdeelIds = organisatie.ActieveStadsdelen.Select(s => s.Id).ToHashSet(),
            Website = organisatie.Website,
        };
        return new OrganisatieFormulier(organisatie.Id, gegevens, organisatie.Actief, organisatie.BeeindigdOp, stadsdelen, locaties);
    }

    /// <summary>Adds (<paramref name="id"/> null) or changes an organisation. Invalid input stores nothing.</summary>
    public async Task<Uitkomst<int>> BewaarAsync(Actor actor, int? id, OrganisatieGegevens invoer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actie = id is null ? AuditActie.Aangemaakt : AuditActie.Gewijzigd;
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            audit.Weiger(db, actor, actie, AuditLog.Organisatie, id);
            await db.SaveChangesAsync(cancellationToken);
            return Uitkomst<int>.Geweigerd(GeenBeheerderFout);
        }
        Organisatie? organisatie = null;
        if (id is { } bestaand)
        {
            organisatie = await db.Organisaties.Include(o => o.ActieveStadsdelen).FirstOrDefaultAsync(o => o.Id == bestaand, cancellationToken);
            if (organisatie is null)
            {
                return Uitkomst<int>.Geweigerd("Deze organisatie bestaat niet.");
            }
        }
        var gemeenteId = organisatie?.GemeenteId ?? await db.Gemeenten.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(cancellationToken);
        var namen = (await db.Organisaties.Where(o => o.GemeenteId == gemeenteId && o.Id != (id ?? 0)).Select(o => o.Naam).ToListAsync(cancellationToken))
            .Select(OrganisatieRegels.Sleutel).ToHashSet();
        var stadsdelen = await db.Stadsdelen.ToListAsync(cancellationToken);
        var fouten = OrganisatieRegels.Controleer(invoer.Naam, invoer.Type, invoer.StadsdeelId, invoer.Website, stadsdelen.Select(s => s.Id).ToHashSet(), namen);
        if (fouten.Count > 0)
        {
            return Uitkomst<int>.Ongeldig(fouten);
        }

        organisatie ??= db.Organisaties.Add(new Organisatie { GemeenteId = gemeenteId, Naam = "" }).Entity;
        organisatie.Naam = invoer.Naam.Trim();
        organisatie.Type = invoer.Type!.Value;
        var buurtteam = organisatie.Type == OrganisatieType.Buurtteamorganisatie;
        organisatie.StadsdeelId = buurtteam ? invoer.StadsdeelId : null;
        organisatie.ActieveStadsdelen = buurtteam ? [] : stadsdelen.Where(s => invoer.ActieveStadsdeelIds.Contains(s.Id)).ToList();
        organisatie.Website = string.IsNullOrWhiteSpace(invoer.Website) ? null : invoer.Website.Trim();
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            audit.Schrijf(db, actor, actie, AuditLog.Organisatie, organisatie.Id, $"Soort {organisatie.Type}");
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone stored the same name at the same moment; the unique index refused this one.
            return Uitkomst<int>.Ongeldig([new(OrganisatieRegels.VeldNaam, $"Er is al een organisatie met de naam ‘{invoer.Naam.Trim()}’.")]);
        }
        return Uitkomst<int>.Klaar(organisatie.Id);
    }

    /// <summary>Ends an organisation: its medewerkers lose access and its locaties leave the sociale kaart; history stays.</summary>
    public async Task<Uitkomst<int>> BeeindigAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!toegang.IsBeheerder)
        {
            audit.Weiger(db, actor, AuditActie.Gewijzigd, AuditLog.Organisatie, id);
            await db.SaveChangesAsync(cancellationToken);
            return Uitkomst<int>.Geweigerd(GeenBeheerderFout);
        }
        if (toegang.OrganisatieId == id)
        {
            return Uitkomst<int>.Geweigerd("U kunt uw eigen organisatie niet beëindigen.");
        }
        var organisatie = await db.Organisaties.Include(o => o.Locaties).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisatie is null || !organisatie.Actief)
        {
            return Uitkomst<int>.Geweigerd("Deze organisatie bestaat niet of is al beëindigd.");
        }
        var nu = time.GetUtcNow();
        organisatie.Actief = false;
        organisatie.BeeindigdOp = nu;
        foreach (var locatie in organisatie.Locaties.Where(l => l.Actief))
        {
            locatie.Actief = false;
            locatie.BeeindigdOp = nu;
            db.LocatieWijzigingen.Add(new LocatieWijziging { LocatieId = locatie.Id, MedewerkerId = actor.MedewerkerId, Op = nu, Velden = LocatieRegels.Beeindigd });
        }
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Organisatie, id, $"Beeindigd {nu:yyyy-MM-dd}, locaties {organisatie.Locaties.Select(l => l.Id).ToList()}");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Klaar(id);
    }
}
