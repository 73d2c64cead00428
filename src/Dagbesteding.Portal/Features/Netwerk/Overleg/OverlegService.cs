using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Invoer;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Netwerk.Overleg;

/// <summary>
/// The casuïstiekoverleg of a stadsdeel channel (werkproces §IV: "1 keer per maand ... ingewikkelde casuïstiek te
/// bespreken"): the netwerkmanager plans it, members put questions without an answer and cases by kenmerk on the
/// agenda, and after the meeting the outcome per item is recorded and shown on the question or case. The rules are in
/// <see cref="Overlegregels"/>; every right is read now from the one access context, and a casus on the agenda shows
/// its kenmerk only to whoever may see that casus.
/// </summary>
public sealed class OverlegService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AuditLog auditLog,
    TimeProvider time)
{
    /// <summary>Expired questions of this long ago are still suggested for the agenda.</summary>
    public static readonly TimeSpan SuggestieTermijn = TimeSpan.FromDays(92);

    public async Task<OverlegOverzicht?> OverzichtAsync(Actor actor, int kanaalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!toegang.IsLidVan(kanaalId))
        {
            return null;
        }
        var nu = time.GetUtcNow();
        var kanaal = await db.Kanalen.Where(k => k.Id == kanaalId).Select(k => k.Naam).SingleAsync(cancellationToken);
        var overleggen = await db.Overleggen.Where(o => o.KanaalId == kanaalId)
            .OrderByDescending(o => o.Datum)
            .Select(o => new OverlegRegel(o.Id, o.Datum, o.Plaats, o.Online, o.Punten.Count, o.Datum <= nu))
            .ToListAsync(cancellationToken);
        return new OverlegOverzicht(kanaalId, kanaal, overleggen, toegang.IsNetwerkmanager);
    }

    public async Task<Uitkomst<int>> PlanAsync(Actor actor, NieuwOverleg invoer, CancellationToken cancellationToken = default)
    {
        if (invoer.Datum is not { } lokaal)
        {
            return Uitkomst<int>.Geweigerd("Kies de datum en de tijd van het overleg.");
        }
        var plaats = invoer.Online && string.IsNullOrWhiteSpace(invoer.Plaats) ? "Online" : invoer.Plaats.Trim();
        if (plaats.Length is < Overlegregels.PlaatsMinimaal or > Overlegregels.PlaatsMaximaal)
        {
            return Uitkomst<int>.Geweigerd($"Vul de plaats in (of kies online): {Overlegregels.PlaatsMinimaal} tot {Overlegregels.PlaatsMaximaal} tekens.");
        }
        if (Invoertekst.Fout(plaats, "De plaats") is { } tekenFout)
        {
            return Uitkomst<int>.Geweigerd(tekenFout);
        }
        if (AnonimiteitsControle.Controleer(plaats) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(plaats, bevindingen);
        }
        // Before the conversion to a moment: year 1 or 9999 must not reach the time-zone arithmetic.
        var nu = time.GetUtcNow();
        if (DatumRegels.Overleg(WerkdagKalender.DagInAmsterdam(nu)).Toets(DateOnly.FromDateTime(lokaal)) is { } buiten)
        {
            return Uitkomst<int>.Geweigerd(buiten);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var datum = WerkdagKalender.NaarAmsterdam(DateOnly.FromDateTime(lokaal), TimeOnly.FromDateTime(lokaal));
        if (Overlegregels.MagPlannen(toegang.IsLidVan(invoer.KanaalId), toegang.IsNetwerkmanager, datum, nu) is { } weigering)
        {
            return Uitkomst<int>.Geweigerd(weigering);
        }
        var overleg = new Casuistiekoverleg
        {
            KanaalId = invoer.KanaalId,
            Datum = datum.ToUniversalTime(),
            Plaats = plaats,
            Online = invoer.Online,
            AangemaaktDoorId = actor.MedewerkerId,
            AangemaaktOp = nu,
        };
        db.Overleggen.Add(overleg);
        await db.SaveChangesAsync(cancellationToken);
        auditLog.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Overleg, overleg.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Klaar(overleg.Id);
    }

    /// <summary>The agenda as this member may see it, with the suggested expired questions. Audited: it names questions and cases.</summary>
    public async Task<OverlegDetail?> OpenAsync(Actor actor, int overlegId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var overleg = await db.Overleggen.Where(o => o.Id == overlegId)
            .Select(o => new { o.Id, o.KanaalId, Kanaal = o.Kanaal!.Naam, o.Datum, o.Plaats, o.Online })
            .FirstOrDefaultAsync(cancellationToken);
        if (overleg is null || !toegang.IsLidVan(overleg.KanaalId))
        {
            if (overleg is not null)
            {
                auditLog.Weiger(db, actor, AuditActie.Bekeken, AuditLog.Overleg, overlegId, $"Geen lid van het kanaal");
                await db.SaveChangesAsync(cancellationToken);
            }
            return null;
        }

        var nu = time.GetUtcNow();
        var geweest = overleg.Datum <= nu;
        var zichtbareCasussen = CasusService.Zichtbaar(db, toegang).Select(c => c.Id);
        var punten = (await db.OverlegPunten.Where(p => p.OverlegId == overlegId)
            .OrderBy(p => p.ToegevoegdOp).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.AdviesvraagId,
                p.CasusId,
                Kenmerk = p.Casus != null ? p.Casus.Kenmerk : null,
                CasusZichtbaar = p.CasusId != null && zichtbareCasussen.Contains(p.CasusId.Value),
                p.Toelichting,
                Door = p.ToegevoegdDoor!.Naam,
                p.ToegevoegdDoorId,
                p.Uitkomst,
                p.UitkomstOp,
            })
            .ToListAsync(cancellationToken))
            .Select(p =>
            {
                var zichtbaar = p.AdviesvraagId is not null || p.CasusZichtbaar;
                return new OverlegPuntWeergave(p.Id, p.AdviesvraagId, zichtbaar ? p.CasusId : null, zichtbaar ? p.Kenmerk : null, zichtbaar,
                    zichtbaar ? p.Toelichting : null, p.Door, zichtbaar ? p.Uitkomst : null, p.UitkomstOp,
                    zichtbaar && Overlegregels.MagUitkomstVastleggen(true, toegang.IsNetwerkmanager, p.ToegevoegdDoorId == actor.MedewerkerId, overleg.Datum, nu) is null);
            })
            .ToList();
        var suggesties = geweest ? [] : await SuggestiesAsync(db, overleg.KanaalId, nu, cancellationToken);

        auditLog.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Overleg, overlegId,
            $"Agenda: adviesvragen {punten.Where(p => p.AdviesvraagId is not null).Select(p => p.AdviesvraagId!.Value)}, casussen {punten.Where(p => p.CasusId is not null).Select(p => p.CasusId!.Value)}");
        await db.SaveChangesAsync(cancellationToken);
        return new OverlegDetail(overleg.Id, overleg.KanaalId, overleg.Kanaal, overleg.Datum, overleg.Plaats, overleg.Online, geweest, punten, suggesties);
    }

    public async Task<Uitkomst<int>> VoegPuntToeAsync(Actor actor, int overlegId, NieuwOverlegPunt invoer, CancellationToken cancellationToken = default)
    {
        var toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim();
        if (toelichting is { Length: > Overlegregels.ToelichtingMaximaal })
        {
            return Uitkomst<int>.Geweigerd($"De toelichting is te lang: maximaal {Overlegregels.ToelichtingMaximaal} tekens (nu {toelichting.Length}).");
        }
        if (Invoertekst.Fout(toelichting, "De toelichting") is { } tekenFout)
        {
            return Uitkomst<int>.Geweigerd(tekenFout);
        }
        if (toelichting is not null && AnonimiteitsControle.Controleer(toelichting) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(toelichting, bevindingen);
        }
        var kenmerk = string.IsNullOrWhiteSpace(invoer.CasusKenmerk) ? null : invoer.CasusKenmerk.Trim();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var overleg = await db.Overleggen.Where(o => o.Id == overlegId)
            .Select(o => new { o.KanaalId, o.Datum, o.Kanaal!.StadsdeelId }).FirstOrDefaultAsync(cancellationToken);
        if (overleg is null)
        {
            return Uitkomst<int>.Geweigerd(Overlegregels.GeenLid);
        }

        var zelfdeStadsdeel = true;
        var aanbodGekozen = false;
        int? casusId = null;
        if (invoer.AdviesvraagId is { } adviesvraagId && kenmerk is null)
        {
            var vraag = await AdviesvraagService.Zichtbaar(db.Adviesvragen, toegang).Where(a => a.Id == adviesvraagId)
                .Select(a => new { a.KanaalId, a.GekozenReactieId }).FirstOrDefaultAsync(cancellationToken);
            if (vraag is null || !toegang.IsLidVan(vraag.KanaalId))
            {
                return Uitkomst<int>.Geweigerd("Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.");
            }
            zelfdeStadsdeel = vraag.KanaalId == overleg.KanaalId;
            aanbodGekozen = vraag.GekozenReactieId is not null;
        }
        else if (kenmerk is not null && invoer.AdviesvraagId is null)
        {
            // The case must be one this member may see; the one in the overleg's stadsdeel first when a kenmerk repeats.
            var casus = await CasusService.Zichtbaar(db, toegang).Where(c => c.Kenmerk == kenmerk)
                .OrderBy(c => c.StadsdeelId == overleg.StadsdeelId ? 0 : 1).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.StadsdeelId }).FirstOrDefaultAsync(cancellationToken);
            if (casus is null)
            {
                return Uitkomst<int>.Geweigerd("Er is geen casus met dit kenmerk die u mag zien.");
            }
            casusId = casus.Id;
            zelfdeStadsdeel = casus.StadsdeelId == overleg.StadsdeelId;
        }

        var nu = time.GetUtcNow();
        var alOpAgenda = await db.OverlegPunten.AnyAsync(p => p.OverlegId == overlegId
            && ((invoer.AdviesvraagId != null && p.AdviesvraagId == invoer.AdviesvraagId) || (casusId != null && p.CasusId == casusId)), cancellationToken);
        var aanvraag = new OverlegPuntAanvraag(toegang.IsLidVan(overleg.KanaalId), overleg.Datum, nu,
            IsAdviesvraag: invoer.AdviesvraagId is not null, IsCasus: kenmerk is not null, zelfdeStadsdeel, aanbodGekozen, alOpAgenda);
        if (Overlegregels.MagToevoegen(aanvraag) is { } weigering)
        {
            return Uitkomst<int>.Geweigerd(weigering);
        }

        var punt = new OverlegPunt
        {
            OverlegId = overlegId,
            AdviesvraagId = invoer.AdviesvraagId,
            CasusId = casusId,
            Toelichting = toelichting,
            ToegevoegdDoorId = actor.MedewerkerId,
            ToegevoegdOp = nu,
        };
        db.OverlegPunten.Add(punt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two members added the same subject at the same moment: the unique index let one in.
            return Uitkomst<int>.Geweigerd(Overlegregels.AlOpAgenda);
        }
        auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Overleg, overlegId,
            casusId is { } c ? (FormattableString)$"Agendapunt: casus {c}" : $"Agendapunt: adviesvraag {invoer.AdviesvraagId!.Value}");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Klaar(punt.Id);
    }

    public async Task<Uitkomst<int>> LegUitkomstVastAsync(Actor actor, int puntId, string uitkomst, CancellationToken cancellationToken = default)
    {
        var tekst = (uitkomst ?? "").Trim();
        if (tekst.Length is < Overlegregels.UitkomstMinimaal or > Overlegregels.UitkomstMaximaal)
        {
            return Uitkomst<int>.Geweigerd($"Beschrijf de uitkomst in {Overlegregels.UitkomstMinimaal} tot {Overlegregels.UitkomstMaximaal} tekens (nu {tekst.Length}).");
        }
        if (Invoertekst.Fout(tekst, "De uitkomst") is { } tekenFout)
        {
            return Uitkomst<int>.Geweigerd(tekenFout);
        }
        if (AnonimiteitsControle.Controleer(tekst) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(tekst, bevindingen);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var punt = await db.OverlegPunten.Include(p => p.Overleg).FirstOrDefaultAsync(p => p.Id == puntId, cancellationToken);
        if (punt is null)
        {
            return Uitkomst<int>.Geweigerd(Overlegregels.GeenLid);
        }
        var nu = time.GetUtcNow();
        var casusZichtbaar = punt.CasusId is not { } casusId || await CasusService.Zichtbaar(db, toegang).AnyAsync(c => c.Id == casusId, cancellationToken);
        var isLid = toegang.IsLidVan(punt.Overleg!.KanaalId);
        // A case's outcome is written by someone who may see the case (the netwerkmanager sees only numbers of cases).
        var weigering = isLid && !casusZichtbaar ? Overlegregels.CasusNietZichtbaar
            : Overlegregels.MagUitkomstVastleggen(isLid, toegang.IsNetwerkmanager, punt.ToegevoegdDoorId == actor.MedewerkerId, punt.Overleg.Datum, nu);
        if (weigering is not null)
        {
            return Uitkomst<int>.Geweigerd(weigering);
        }
        var eerder = punt.Uitkomst is not null;
        punt.Uitkomst = tekst;
        punt.UitkomstOp = nu;
        punt.UitkomstDoorId = actor.MedewerkerId;
        auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Overleg, punt.OverlegId,
            eerder ? (FormattableString)$"Uitkomst gewijzigd van agendapunt {puntId}" : $"Uitkomst vastgelegd van agendapunt {puntId}");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<int>.Klaar(puntId);
    }

    /// <summary>Where a question or a case was discussed, newest first: for its own page (whose access was checked there).</summary>
    public static async Task<IReadOnlyList<Bespreking>> BesprekingenAsync(PortalDbContext db, int? adviesvraagId, int? casusId, CancellationToken cancellationToken) =>
        await db.OverlegPunten
            .Where(p => (adviesvraagId != null && p.AdviesvraagId == adviesvraagId) || (casusId != null && p.CasusId == casusId))
            .OrderByDescending(p => p.Overleg!.Datum)
            .Select(p => new Bespreking(p.OverlegId, p.Overleg!.Datum, p.Uitkomst))
            .ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<OverlegSuggestie>> SuggestiesAsync(PortalDbContext db, int kanaalId, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var vanaf = nu - SuggestieTermijn;
        var verlopen = await db.Adviesvragen
            .Where(a => a.KanaalId == kanaalId && a.Status == AdviesvraagStatus.Verlopen && a.VerlopenOp >= vanaf && a.GerichtAanOrganisatieId == null
                && !db.OverlegPunten.Any(p => p.AdviesvraagId == a.Id))
            .OrderByDescending(a => a.VerlopenOp)
            .Select(a => new { a.Id, a.VerlopenOp, a.Leeftijdscategorie, a.GewenstPerceel, a.Spoed })
            .ToListAsync(cancellationToken);
        return verlopen
            .Select(a => new OverlegSuggestie(a.Id, a.VerlopenOp!.Value, AdviesvraagService.Samenvatting(a.Leeftijdscategorie, a.GewenstPerceel, a.Spoed)))
            .ToList();
    }
}
