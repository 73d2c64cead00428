using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Dashboard;

/// <summary>Everything the dashboard shows for one stadsdeel and period: aggregates only, never a question text.</summary>
public sealed record NetwerkCijfers(
    int StadsdeelId,
    int? KanaalId,
    DashboardPeriode Periode,
    ReactieCijfers Reacties,
    IReadOnlyList<OrganisatieCijfers> Organisaties,
    IReadOnlyList<WeekCijfers> Weken,
    IReadOnlyList<EvaluatieCijfers> Evaluaties,
    StroomCijfers Stroom);

/// <summary>One question in the per-question export (streamed): stored moments only.</summary>
public sealed record VraagExportRegel(int Id, DateTimeOffset GeplaatstOp, DateTimeOffset Deadline, string Status, DateTimeOffset? EersteReactieOp, double? Werkuren, bool? OpTijd, int Reacties);

/// <summary>
/// The one query path of the netwerkmanager dashboard, for the page and the exports alike. Who may see a stadsdeel is
/// decided here from the database: the Beheerder every stadsdeel, a netwerkmanager the stadsdelen of their own
/// organisation and channel memberships; anyone else nothing (null).
/// </summary>
public sealed class NetwerkCijfersService(IDbContextFactory<PortalDbContext> dbFactory, WerkdagKalenderProvider kalenders, TimeProvider time)
{
    public async Task<NetwerkCijfers?> CijfersAsync(Actor actor, int stadsdeelId, DashboardPeriode periode, CancellationToken cancellationToken = default)
    {
        if (DashboardPeriode.Toets(periode.Van, periode.Tot, WerkdagKalender.DagInAmsterdam(time.GetUtcNow())) is not null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await MagZienAsync(db, actor, stadsdeelId, cancellationToken))
        {
            return null;
        }
        var (begin, einde) = (periode.Begin, periode.Einde);
        var vragen = (await db.Adviesvragen.AsNoTracking()
                .Where(a => a.Kanaal!.StadsdeelId == stadsdeelId && a.GeplaatstOp >= begin && a.GeplaatstOp < einde)
                .Select(a => new { a.Id, a.AuteurId, a.GeplaatstOp, a.Deadline, a.Status, a.EersteReactieOp, a.EersteReactieWerktijd, a.TermijnGehaald })
                .ToListAsync(cancellationToken))
            .Select(a => new VraagFeit(a.Id, a.AuteurId, a.GeplaatstOp, a.Deadline, a.Status, a.EersteReactieOp, a.EersteReactieWerktijd, a.TermijnGehaald))
            .ToList();
        var reacties = (await db.Reacties.AsNoTracking()
                .Where(r => r.Adviesvraag!.Kanaal!.StadsdeelId == stadsdeelId && r.Adviesvraag.GeplaatstOp >= begin && r.Adviesvraag.GeplaatstOp < einde)
                .Select(r => new { r.AdviesvraagId, r.AuteurId, r.AuteurOrganisatieId, r.IsAanbod, r.WerktijdSindsVraag })
                .ToListAsync(cancellationToken))
            .Select(r => new ReactieFeit(r.AdviesvraagId, r.AuteurId, r.AuteurOrganisatieId, r.IsAanbod, r.WerktijdSindsVraag))
            .ToList();
        var leden = (await db.Lidmaatschappen.AsNoTracking()
                .Where(l => l.Kanaal!.StadsdeelId == stadsdeelId && l.AfgemeldOp == null && l.Medewerker!.Actief)
                .Select(l => new { l.MedewerkerId, l.Medewerker!.OrganisatieId, Organisatie = l.Medewerker.Organisatie!.Naam, l.Medewerker.Organisatie.Type })
                .ToListAsync(cancellationToken))
            .Select(l => new LidFeit(l.MedewerkerId, l.OrganisatieId, l.Organisatie, l.Type))
            .ToList();
        var evaluaties = (await db.Evaluaties.AsNoTracking()
                .Where(e => e.Ondersteuningsplan!.Casus!.StadsdeelId == stadsdeelId && e.Evaluatiedatum >= periode.Van && e.Evaluatiedatum <= periode.Tot)
                .Select(e => new { e.Id, Aanbieder = e.Ondersteuningsplan!.Casus!.Aanbieder != null ? e.Ondersteuningsplan.Casus.Aanbieder.Naam : null, e.Evaluatiedatum, e.GeopendOp, e.AfgerondOp, e.Uitkomst })
                .ToListAsync(cancellationToken))
            .Select(e => new EvaluatieFeit(e.Id, e.Aanbieder, e.Evaluatiedatum, e.GeopendOp, e.AfgerondOp, e.Uitkomst))
            .ToList();

        // The route to delivery may start up to two years before the period.
        var vanafStroom = begin.AddYears(-2);
        var wissels = (await db.CasusStapWissels.AsNoTracking()
                .Where(w => w.StadsdeelId == stadsdeelId && w.Op >= vanafStroom && w.Op < einde)
                .Select(w => new { w.CasusId, w.Van, w.Naar, w.Op })
                .ToListAsync(cancellationToken))
            .Select(w => new StapWisselFeit(w.CasusId, w.Van, w.Naar, w.Op))
            .ToList();
        var verlengd = await db.Evaluaties.AsNoTracking()
            .Where(e => e.Ondersteuningsplan!.Casus!.StadsdeelId == stadsdeelId && e.Uitkomst == Domain.Evaluaties.EvaluatieUitkomst.Verlengen
                && e.AfgerondOp >= begin && e.AfgerondOp < einde)
            .Select(e => e.AfgerondOp!.Value)
            .ToListAsync(cancellationToken);
        var prognose = await db.Stadsdelen.Where(s => s.Id == stadsdeelId).Select(s => s.PrognoseAanvragenPerMaand).FirstOrDefaultAsync(cancellationToken);

        var nu = time.GetUtcNow();
        var kalender = await kalenders.KalenderAsync(cancellationToken);
        var kanaal = await db.Kanalen.Where(k => k.StadsdeelId == stadsdeelId).Select(k => (int?)k.Id).FirstOrDefaultAsync(cancellationToken);
        return new NetwerkCijfers(stadsdeelId, kanaal, periode,
            NetwerkStatistiek.Reacties(vragen, reacties, nu, kalender),
            NetwerkStatistiek.Organisaties(vragen, reacties, leden),
            NetwerkStatistiek.Weken(vragen, periode),
            EvaluatieStatistiek.PerAanbieder(evaluaties, WerkdagKalender.DagInAmsterdam(nu)),
            StroomStatistiek.Bereken(wissels, verlengd, periode, prognose));
    }

    /// <summary>One row per question of the period, read and written row by row (a year of questions never sits in memory).</summary>
    public async IAsyncEnumerable<VraagExportRegel> VragenAsync(Actor actor, int stadsdeelId, DashboardPeriode periode,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (DashboardPeriode.Toets(periode.Van, periode.Tot, WerkdagKalender.DagInAmsterdam(time.GetUtcNow())) is not null)
        {
            yield break;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await MagZienAsync(db, actor, stadsdeelId, cancellationToken))
        {
            yield break;
        }
        var (begin, einde) = (periode.Begin, periode.Einde);
        var query = db.Adviesvragen.AsNoTracking()
            .Where(a => a.Kanaal!.StadsdeelId == stadsdeelId && a.GeplaatstOp >= begin && a.GeplaatstOp < einde)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.GeplaatstOp, a.Deadline, a.Status, a.EersteReactieOp, a.EersteReactieWerktijd, a.TermijnGehaald, Reacties = a.Reacties.Count(r => r.AuteurId != a.AuteurId) });
        await foreach (var a in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new VraagExportRegel(a.Id, a.GeplaatstOp, a.Deadline, Weergave(a.Status), a.EersteReactieOp,
                a.EersteReactieWerktijd is { } w ? Math.Round(w.TotalHours, 1) : null, a.TermijnGehaald, a.Reacties);
        }
    }

    /// <summary>Can this actor see the figures of this stadsdeel?</summary>
    public async Task<bool> MagZienAsync(Actor actor, int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await MagZienAsync(db, actor, stadsdeelId, cancellationToken);
    }

    private static async Task<bool> MagZienAsync(PortalDbContext db, Actor actor, int stadsdeelId, CancellationToken cancellationToken) =>
        (await Toegangscontext.LeesAsync(db, actor, cancellationToken)).MagDashboardZien(stadsdeelId);

    public static string Weergave(Domain.Netwerk.AdviesvraagStatus status) => status switch
    {
        Domain.Netwerk.AdviesvraagStatus.Open => "open",
        Domain.Netwerk.AdviesvraagStatus.Beantwoord => "beantwoord",
        Domain.Netwerk.AdviesvraagStatus.Besloten => "besloten",
        Domain.Netwerk.AdviesvraagStatus.Verlopen => "verlopen",
        _ => status.ToString(),
    };
}
