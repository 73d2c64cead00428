using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Aanbod;

/// <summary>
/// The sociale kaart (/aanbod): every signed-in member reads it; the Beheerder adds, changes and ends locaties, an
/// aanbieder keeps its own up to date. Every change stores which fields it touched (<see cref="LocatieWijziging"/>) and
/// an audit line in the same save. Jekuntmeer.nl stays the source of the full description: the portal keeps a link.
/// </summary>
public sealed class SocialeKaartService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, AuditLog audit)
{
    public const string GeenLidFout = "Alleen medewerkers van het netwerk zien de sociale kaart.";
    public const string GeenBewerkrechtFout = "U kunt alleen de locaties van uw eigen organisatie bijwerken.";
    public const string GeenBeheerderFout = "Alleen de beheerder voegt locaties toe of beëindigt ze.";
    public const string BestaatNietFout = "Deze locatie bestaat niet (meer).";

    public async Task<AanbodKeuzes> KeuzesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await KeuzesAsync(db, cancellationToken);
    }

    /// <returns>The active locaties matching the filter, or null for someone who is no (active) member.</returns>
    public async Task<IReadOnlyList<LocatieKaart>?> ZoekAsync(Actor actor, AanbodFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBekend)
        {
            return null;
        }
        var query = db.Locaties.AsNoTracking().Where(l => l.Actief && l.Organisatie!.Actief);
        if (filter.Zoek is { } zoek)
        {
            var z = zoek.ToLowerInvariant();
            query = query.Where(l => l.Naam.ToLower().Contains(z) || l.Organisatie!.Naam.ToLower().Contains(z)
                || (l.Activiteit != null && l.Activiteit.ToLower().Contains(z)) || (l.Adres != null && l.Adres.ToLower().Contains(z))
                || (l.Contactpersoon != null && l.Contactpersoon.Naam.ToLower().Contains(z)));
        }
        if (filter.Perceel is { } perceel)
        {
            var vlag = LocatieKaart.PercelenVan(perceel);
            query = query.Where(l => (l.Percelen & vlag) != Percelen.Geen);
        }
        if (filter.Doelgroep is { } doelgroep)
        {
            query = query.Where(l => l.Doelgroepen.Any(d => d.Code == doelgroep));
        }
        if (filter.Stadsdeel is { } stadsdeel)
        {
            query = query.Where(l => l.Stadsdeel!.Code == stadsdeel || l.Stadsbreed);
        }
        if (filter.Activiteit is { } activiteit)
        {
            var a = activiteit.ToLowerInvariant();
            query = query.Where(l => l.Activiteit != null && l.Activiteit.ToLower() == a);
        }
        if (filter.Taal is { } taal)
        {
            var t = taal.ToLowerInvariant();
            query = query.Where(l => l.Talen.Contains(t));
        }
        if (filter.MaxWachttijd is { } wachttijd)
        {
            query = query.Where(l => l.WachttijdIndicatie != null && l.WachttijdIndicatie <= wachttijd);
        }
        if (filter.MaxGroepsgrootte is { } grootte)
        {
            query = query.Where(l => l.Groepsgrootte != null && l.Groepsgrootte <= grootte);
        }
        if (filter.Prikkelarm)
        {
            query = query.Where(l => l.Prikkelarm);
        }
        if (filter.Rolstoeltoegankelijk)
        {
            query = query.Where(l => l.Rolstoeltoegankelijk);
        }
        if (filter.Vervoer)
        {
            query = query.Where(l => l.VervoerMogelijk);
        }
        if (filter.Stadsbreed)
        {
            query = query.Where(l => l.Stadsbreed);
        }
        return await Kaarten(query.OrderBy(l => l.Naam)).ToListAsync(cancellationToken);
    }

    /// <summary>One locatie with its history (also an ended one: plans and offers still link to it).</summary>
    public async Task<LocatieDetail?> OpenAsync(Actor actor, int locatieId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!toegang.IsBekend)
        {
            return null;
        }
        var kaart = await Kaarten(db.Locaties.AsNoTracking().Where(l => l.Id == locatieId)).FirstOrDefaultAsync(cancellationToken);
        if (kaart is null)
        {
            return null;
        }
        var wijzigingen = (await db.LocatieWijzigingen.AsNoTracking().Where(w => w.LocatieId == locatieId)
                .OrderByDescending(w => w.Id)
                .Select(w => new { w.Op, w.Medewerker!.Naam, Organisatie = w.Medewerker.Organisatie!.Naam, w.Velden })
                .ToListAsync(cancellationToken))
            .Select(w => new LocatieWijzigingRij(w.Op, w.Naam, w.Organisatie,
                w.Velden.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => LocatieRegels.VeldNamen.GetValueOrDefault(v, v)).ToList()))
            .ToList();
        return new LocatieDetail(kaart, wijzigingen,
            MagBewerken: kaart.Actief && LocatieRegels.MagBewerken(toegang.IsBeheerder, toegang.IsAanbieder, toegang.OrganisatieId, kaart.OrganisatieId),
            MagBeeindigen: kaart.Actief && LocatieRegels.MagToevoegenOfBeeindigen(toegang.IsBeheerder));
    }

    /// <summary>
    /// Active locaties for a picker (the offer of a reply, the preference of a question), best match first.
    /// <paramref name="alleenEigenOrganisatie"/>: only the actor's own organisation's (an aanbod is a place one can give).
    /// </summary>
    public async Task<IReadOnlyList<LocatieKeuze>> KiesbaarAsync(Actor actor, string? zoek, bool alleenEigenOrganisatie, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!toegang.IsBekend)
        {
            return [];
        }
        var query = db.Locaties.AsNoTracking().Where(l => l.Actief && l.Organisatie!.Actief && l.Organisatie.Type == OrganisatieType.Aanbieder);
        if (alleenEigenOrganisatie)
        {
            query = query.Where(l => l.OrganisatieId == toegang.OrganisatieId);
        }
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim().ToLowerInvariant();
            query = query.Where(l => l.Naam.ToLower().Contains(z) || l.Organisatie!.Naam.ToLower().Contains(z) || (l.Activiteit != null && l.Activiteit.ToLower().Contains(z)));
        }
        return await query.OrderBy(l => l.Naam).Take(20)
            .Select(l => new LocatieKeuze(l.Id, l.Naam, l.Organisatie!.Naam, l.Stadsdeel!.Naam))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One active locatie for a picker (the stored choice of a form), or null.</summary>
    public async Task<LocatieKeuze?> KeuzeAsync(int locatieId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locaties.AsNoTracking().Where(l => l.Id == locatieId)
            .Select(l => new LocatieKeuze(l.Id, l.Naam, l.Organisatie!.Naam, l.Stadsdeel!.Naam)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The form of an existing locatie, or of a new one for <paramref name="organisatieId"/>; null when the actor may not.</summary>
    public async Task<LocatieFormulier?> FormulierAsync(Actor actor, int? locatieId, int? organisatieId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        LocatieGegevens gegevens;
        if (locatieId is { } id)
        {
            var locatie = await db.Locaties.AsNoTracking().Include(l => l.Doelgroepen).FirstOrDefaultAsync(l => l.Id == id && l.Actief, cancellationToken);
            if (locatie is null || !LocatieRegels.MagBewerken(toegang.IsBeheerder, toegang.IsAanbieder, toegang.OrganisatieId, locatie.OrganisatieId))
            {
                return null;
            }
            gegevens = LocatieGegevens.Van(locatie);
        }
        else
        {
            if (!LocatieRegels.MagToevoegenOfBeeindigen(toegang.IsBeheerder) || organisatieId is null)
            {
                return null;
            }
            gegevens = new LocatieGegevens { OrganisatieId = organisatieId.Value, Percelen = Percelen.Geen };
        }
        var organisatie = await db.Organisaties.Where(o => o.Id == gegevens.OrganisatieId && o.Actief && o.Type == OrganisatieType.Aanbieder)
            .Select(o => o.Naam).FirstOrDefaultAsync(cancellationToken);
        if (organisatie is null)
        {
            return null;
        }
        var contactpersonen = await db.Medewerkers.Where(m => m.OrganisatieId == gegevens.OrganisatieId && m.Actief)
            .OrderBy(m => m.Naam).Select(m => new Keuze(m.Id, m.Email, m.Naam)).ToListAsync(cancellationToken);
        return new LocatieFormulier(locatieId, organisatie, gegevens, contactpersonen, await KeuzesAsync(db, cancellationToken));
    }

    /// <summary>
    /// Stores a new locatie (<paramref name="locatieId"/> null: Beheerder only) or a change (Beheerder, or the aanbieder for
    /// its own). Invalid input stores nothing and names each problem at its field.
    /// </summary>
    public async Task<Uitkomst<int>> BewaarAsync(Actor actor, int? locatieId, LocatieGegevens invoer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var actie = locatieId is null ? AuditActie.Aangemaakt : AuditActie.Gewijzigd;
        Locatie? locatie = null;
        if (locatieId is { } id)
        {
            locatie = await db.Locaties.Include(l => l.Doelgroepen).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
            if (locatie is null || !locatie.Actief)
            {
                return Uitkomst<int>.Geweigerd(BestaatNietFout);
            }
            if (!LocatieRegels.MagBewerken(toegang.IsBeheerder, toegang.IsAanbieder, toegang.OrganisatieId, locatie.OrganisatieId))
            {
                return await WeigerAsync(db, actor, actie, id, GeenBewerkrechtFout, cancellationToken);
            }
            // The organisation of a locatie does not move: history and offers stay with the aanbieder that made them.
            invoer.OrganisatieId = locatie.OrganisatieId;
        }
        else if (!LocatieRegels.MagToevoegenOfBeeindigen(toegang.IsBeheerder))
        {
            return await WeigerAsync(db, actor, actie, null, GeenBeheerderFout, cancellationToken);
        }
        if (!await db.Organisaties.AnyAsync(o => o.Id == invoer.OrganisatieId && o.Actief && o.Type == OrganisatieType.Aanbieder, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("Locaties horen bij een actieve aanbieder.");
        }

        var stadsdelen = (await db.Stadsdelen.Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var doelgroepen = (await db.Doelgroepen.Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var contactpersonen = (await db.Medewerkers.Where(m => m.OrganisatieId == invoer.OrganisatieId && m.Actief).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var fouten = LocatieRegels.Controleer(invoer, stadsdelen, doelgroepen, contactpersonen);
        if (fouten.Count > 0)
        {
            return Uitkomst<int>.Ongeldig(fouten);
        }

        var velden = locatie is null ? [LocatieRegels.Aangemaakt] : LocatieRegels.GewijzigdeVelden(LocatieGegevens.Van(locatie), invoer);
        if (velden.Count == 0)
        {
            return Uitkomst<int>.Klaar(locatie!.Id);
        }
        var nu = time.GetUtcNow();
        if (locatie is null)
        {
            locatie = new Locatie { OrganisatieId = invoer.OrganisatieId, Naam = "" };
            db.Locaties.Add(locatie);
        }
        if (invoer.WachttijdIndicatie is not null && (locatieId is null || velden.Contains(LocatieRegels.VeldWachttijd) || locatie.WachttijdBijgewerktOp is null))
        {
            locatie.WachttijdBijgewerktOp = Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(nu);
        }
        Neem(locatie, invoer, await db.Doelgroepen.Where(d => invoer.DoelgroepIds.Contains(d.Id)).ToListAsync(cancellationToken));

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.LocatieWijzigingen.Add(new LocatieWijziging { LocatieId = locatie.Id, MedewerkerId = actor.MedewerkerId, Op = nu, Velden = string.Join(",", velden) });
        audit.Schrijf(db, actor, actie, AuditLog.Locatie, locatie.Id, AuditLog.Velden("Velden", velden));
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return Uitkomst<int>.Klaar(locatie.Id);
    }

    /// <summary>Ends a locatie (Beheerder): it leaves the kaart and the pickers, plans and offers keep pointing at it.</summary>
    public async Task<Uitkomst<int>> BeeindigAsync(Actor actor, int locatieId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!LocatieRegels.MagToevoegenOfBeeindigen(toegang.IsBeheerder))
        {
            return await WeigerAsync(db, actor, AuditActie.Gewijzigd, locatieId, GeenBeheerderFout, cancellationToken);
        }
        var locatie = await db.Locaties.FirstOrDefaultAsync(l => l.Id == locatieId, cancellationToken);
        if (locatie is null || !locatie.Actief)
        {
            return Uitkomst<int>.Geweigerd(BestaatNietFout);
        }
        var nu = time.GetUtcNow();
        locatie.Actief = false;
        locatie.BeeindigdOp = nu;
        db.LocatieWijzigingen.Add(new LocatieWijziging { LocatieId = locatie.Id, MedewerkerId = actor.MedewerkerId, Op = nu, Velden = LocatieRegels.Beeindigd });
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Locatie, locatie.Id, $"Beeindigd {nu:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Klaar(locatie.Id);
    }

    private async Task<Uitkomst<int>> WeigerAsync(PortalDbContext db, Actor actor, AuditActie actie, int? locatieId, string fout, CancellationToken cancellationToken)
    {
        audit.Weiger(db, actor, actie, AuditLog.Locatie, locatieId);
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Geweigerd(fout);
    }

    private static void Neem(Locatie locatie, LocatieGegevens g, List<Doelgroep> doelgroepen)
    {
        static string? Tekst(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        locatie.Naam = g.Naam.Trim();
        locatie.Adres = Tekst(g.Adres);
        locatie.StadsdeelId = g.StadsdeelId!.Value;
        locatie.Stadsbreed = g.Stadsbreed;
        locatie.Percelen = g.Percelen;
        locatie.Doelgroepen = doelgroepen;
        locatie.Activiteit = Tekst(g.Activiteit)?.ToLowerInvariant();
        locatie.Groepsgrootte = g.Groepsgrootte;
        locatie.Prikkelarm = g.Prikkelarm;
        locatie.Rolstoeltoegankelijk = g.Rolstoeltoegankelijk;
        locatie.VervoerMogelijk = g.VervoerMogelijk;
        locatie.Talen = LocatieRegels.Talen(g.Talen);
        locatie.WachttijdIndicatie = g.WachttijdIndicatie;
        locatie.ContactpersoonId = g.ContactpersoonId;
        locatie.JekuntmeerUrl = Tekst(g.JekuntmeerUrl);
    }

    private static IQueryable<LocatieKaart> Kaarten(IQueryable<Locatie> query) => query.Select(l => new LocatieKaart(
        l.Id, l.Naam, l.OrganisatieId, l.Organisatie!.Naam, l.Adres, l.Stadsdeel!.Naam, l.Stadsbreed, l.Percelen,
        l.Doelgroepen.OrderBy(d => d.Naam).Select(d => d.Naam).ToList(), l.Activiteit, l.Groepsgrootte, l.Prikkelarm,
        l.Rolstoeltoegankelijk, l.VervoerMogelijk, l.Talen, l.WachttijdIndicatie, l.WachttijdBijgewerktOp,
        l.Contactpersoon != null ? l.Contactpersoon.Naam : null, l.Contactpersoon != null ? l.Contactpersoon.Email : null,
        l.JekuntmeerUrl, l.Actief && l.Organisatie.Actief));

    private static async Task<AanbodKeuzes> KeuzesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var stadsdelen = await db.Stadsdelen.OrderBy(s => s.Naam).Select(s => new Keuze(s.Id, s.Code, s.Naam)).ToListAsync(cancellationToken);
        var doelgroepen = await db.Doelgroepen.OrderBy(d => d.Naam).Select(d => new Keuze(d.Id, d.Code, d.Naam)).ToListAsync(cancellationToken);
        var actief = db.Locaties.Where(l => l.Actief);
        var activiteiten = await actief.Where(l => l.Activiteit != null).Select(l => l.Activiteit!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        // Few locaties: the languages are gathered here rather than unnested per provider.
        var talen = (await actief.Select(l => l.Talen).ToListAsync(cancellationToken)).SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AanbodKeuzes(stadsdelen, doelgroepen, activiteiten, talen);
    }
}
