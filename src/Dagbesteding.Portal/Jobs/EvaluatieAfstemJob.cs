using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Realtime;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>What one reconcile run did (logged, and read by the tests and the benchmark).</summary>
public sealed record AfstemResultaat(int Plannen, int Hersteld, int Geopend, int JobsGepland, int JobsVerwijderd, int TeLaatGemeld);

/// <summary>
/// The reconcile job (at start-up and every few minutes): the database is the source of truth, and this re-derives
/// from it everything that should exist.
/// <list type="number">
/// <item>every akkoord plan has its evaluation with the right start (missing, stale or superfluous ones are
/// repaired through the same casus path as a person's change);</item>
/// <item>every evaluation whose start has passed is opened (a job missed while the portal was down);</item>
/// <item>every evaluation starting within the horizon has exactly one scheduled Hangfire job at its moment, and no
/// other opening job is left (after a restart with in-memory storage all of them are re-created);</item>
/// <item>an open evaluation whose evaluatiedatum has passed without an uitkomst sends one reminder.</item>
/// </list>
/// Every step is idempotent and every opening a conditional claim, so two nodes running it at once do no harm.
/// </summary>
public sealed class EvaluatieAfstemJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    CasusService casussen,
    EvaluatiePlanner planner,
    WerkdagKalenderProvider kalenders,
    JobStorage opslag,
    Melder melder,
    IOptions<EvaluatiesOptions> options,
    TimeProvider time,
    ILogger<EvaluatieAfstemJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)] // the next run is the retry
    public async Task<AfstemResultaat> UitvoerenAsync(CancellationToken cancellationToken)
    {
        var (plannen, hersteld) = await HerleidAsync(cancellationToken);
        var geopend = await OpenVerlopenStartsAsync(cancellationToken);
        var (gepland, verwijderd) = await PlanJobsAsync(cancellationToken);
        var teLaat = await MeldTeLaatAsync(cancellationToken);
        var resultaat = new AfstemResultaat(plannen, hersteld, geopend, gepland, verwijderd, teLaat);
        if (hersteld + geopend + gepland + verwijderd + teLaat > 0)
        {
            logger.LogInformation("Evaluaties afgestemd: {Resultaat}", resultaat);
        }
        return resultaat;
    }

    /// <summary>Step 1: re-derives each plan's evaluation with the planning rule; only plans that differ are touched.</summary>
    private async Task<(int Plannen, int Hersteld)> HerleidAsync(CancellationToken cancellationToken)
    {
        var kalender = await kalenders.KalenderAsync(cancellationToken);
        List<int> teHerstellen;
        int aantal;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var plannen = await db.Ondersteuningsplannen.AsNoTracking()
                .Where(p => p.Status == PlanStatus.Akkoord && p.Evaluatiedatum != null && p.Casus!.Stap != WerkprocesStap.Gestopt)
                .Select(p => new
                {
                    p.CasusId,
                    p.Status,
                    p.Evaluatiedatum,
                    p.Casus!.Stap,
                    Lopend = p.Evaluaties.Where(e => e.AfgerondOp == null)
                        .Select(e => new LopendeEvaluatie(e.GeopendOp != null, e.Evaluatiedatum, e.StartOp)).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            aantal = plannen.Count;
            teHerstellen = plannen
                .Where(p => EvaluatiePlanning.Bepaal(new PlanStand(p.Status, p.Evaluatiedatum, p.Stap), p.Lopend, kalender).Soort != PlanningSoort.Geen)
                .Select(p => p.CasusId)
                .ToList();
            // Evaluations that should no longer be there: a planned one of a plan that is no longer akkoord, or any of a
            // stopped casus or an ended plan.
            teHerstellen.AddRange(await db.Evaluaties.AsNoTracking()
                .Where(e => e.AfgerondOp == null && (
                    (e.GeopendOp == null && (e.Ondersteuningsplan!.Status != PlanStatus.Akkoord || e.Ondersteuningsplan.Evaluatiedatum == null))
                    || e.Ondersteuningsplan!.Status == PlanStatus.Beeindigd
                    || e.Ondersteuningsplan.Casus!.Stap == WerkprocesStap.Gestopt))
                .Select(e => e.Ondersteuningsplan!.CasusId)
                .ToListAsync(cancellationToken));
        }
        var hersteld = 0;
        foreach (var casusId in teHerstellen.Distinct())
        {
            if (await casussen.WijzigDoorSysteemAsync(JobSchedules.EvaluatiesAfstemmen, casusId, null, c => $"{c.Kenmerk}: evaluatie bijgewerkt", cancellationToken))
            {
                hersteld++;
            }
        }
        return (aantal, hersteld);
    }

    /// <summary>Step 2: opens what should have opened already.</summary>
    private async Task<int> OpenVerlopenStartsAsync(CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        var laatsteStart = EvaluatieRegels.StartMoment(vandaag) <= nu ? vandaag : vandaag.AddDays(-1);
        List<(int Id, int CasusId)> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = (await db.Evaluaties.AsNoTracking()
                    .Where(e => e.GeopendOp == null && e.AfgerondOp == null && e.StartOp <= laatsteStart)
                    .OrderBy(e => e.StartOp).ThenBy(e => e.Id)
                    .Select(e => new { e.Id, e.Ondersteuningsplan!.CasusId })
                    .ToListAsync(cancellationToken))
                .Select(e => (e.Id, e.CasusId)).ToList();
        }
        var geopend = 0;
        foreach (var (id, casusId) in due)
        {
            // Counts only what this run opened: with two nodes, the other one claims part of the same list.
            if (await planner.OpenNuAsync(id, casusId, cancellationToken))
            {
                geopend++;
            }
        }
        return geopend;
    }

    /// <summary>Step 3: one scheduled job per evaluation in the horizon, at its moment; every other opening job goes.</summary>
    private async Task<(int Gepland, int Verwijderd)> PlanJobsAsync(CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        var tot = WerkdagKalender.DagInAmsterdam(nu.AddDays(options.Value.JobHorizonDagen));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inHorizon = await db.Evaluaties.AsNoTracking()
            .Where(e => e.GeopendOp == null && e.AfgerondOp == null && e.StartOp <= tot)
            .Select(e => new { e.Id, e.Ondersteuningsplan!.CasusId, e.StartOp, e.JobId, e.JobVoor })
            .ToListAsync(cancellationToken);
        var gepland = GeplandeOpeningen();

        var geldig = new HashSet<string>();
        var nieuw = 0;
        foreach (var e in inHorizon)
        {
            var moment = EvaluatieRegels.StartMoment(e.StartOp);
            if (moment <= nu || moment > nu.AddDays(options.Value.JobHorizonDagen))
            {
                continue;
            }
            if (e.JobId is { } id && gepland.TryGetValue(id, out var job) && job.EvaluatieId == e.Id && job.Op == moment)
            {
                geldig.Add(id);
                continue;
            }
            var jobId = planner.Plan(e.Id, e.CasusId, moment);
            geldig.Add(jobId);
            await db.Evaluaties.Where(x => x.Id == e.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.JobId, jobId).SetProperty(x => x.JobVoor, moment), cancellationToken);
            nieuw++;
        }
        var weg = 0;
        foreach (var jobId in gepland.Keys.Where(k => !geldig.Contains(k)))
        {
            planner.VerwijderJob(jobId);
            weg++;
        }
        return (nieuw, weg);
    }

    private sealed record GeplandeOpening(int EvaluatieId, DateTimeOffset Op);

    /// <summary>Every scheduled opening job in Hangfire, by job id (the monitoring API reads them in pages).</summary>
    private Dictionary<string, GeplandeOpening> GeplandeOpeningen()
    {
        const int pagina = 5000;
        var api = opslag.GetMonitoringApi();
        var alle = new Dictionary<string, GeplandeOpening>();
        for (var vanaf = 0; ; vanaf += pagina)
        {
            var lijst = api.ScheduledJobs(vanaf, pagina);
            foreach (var (id, job) in lijst)
            {
                if (job?.Job?.Type == typeof(EvaluatieOpenenJob) && job.Job.Args is [int evaluatieId, ..])
                {
                    alle[id] = new GeplandeOpening(evaluatieId, new DateTimeOffset(DateTime.SpecifyKind(job.EnqueueAt, DateTimeKind.Utc)));
                }
            }
            if (lijst.Count < pagina)
            {
                return alle;
            }
        }
    }

    /// <summary>Step 4: one reminder to the regievoerder when an open evaluation passes its date without an uitkomst.</summary>
    private async Task<int> MeldTeLaatAsync(CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teLaat = await db.Evaluaties.AsNoTracking()
            .Where(e => e.GeopendOp != null && e.AfgerondOp == null && e.TeLaatGemeldOp == null && e.Evaluatiedatum < vandaag)
            .Select(e => new { e.Id, e.Evaluatiedatum, e.Ondersteuningsplan!.CasusId, e.Ondersteuningsplan.Casus!.Kenmerk, e.Ondersteuningsplan.Casus.RegievoerderId, e.Ondersteuningsplan.Casus.AanbiederId })
            .ToListAsync(cancellationToken);
        var gemeld = 0;
        foreach (var e in teLaat)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            var geclaimd = await db.Evaluaties.Where(x => x.Id == e.Id && x.TeLaatGemeldOp == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.TeLaatGemeldOp, nu), cancellationToken);
            if (geclaimd == 0)
            {
                continue;
            }
            // The regievoerder records the uitkomst; the aanbieder's contact persons owe the overdracht.
            var aanbieder = e.AanbiederId is { } aanbiederId
                ? await db.Medewerkers.Where(m => m.Actief && m.OrganisatieId == aanbiederId && m.Functie == Functie.AanbiederContactpersoon)
                    .Select(m => m.Id).ToListAsync(cancellationToken)
                : [];
            var meldingen = new[] { e.RegievoerderId }.Concat(aanbieder).Distinct().Select(medewerkerId => new Melding
            {
                MedewerkerId = medewerkerId,
                Soort = MeldingSoort.EvaluatieTeLaat,
                Samenvatting = MeldingTeksten.Casus(MeldingSoort.EvaluatieTeLaat, e.CasusId),
                Op = nu,
                Tekst = $"De evaluatie van {e.Kenmerk} is te laat: de evaluatiedatum {e.Evaluatiedatum:d-M-yyyy} is voorbij en er is nog geen uitkomst.",
                Link = $"/casussen/{e.CasusId}",
            }).ToList();
            db.Meldingen.AddRange(meldingen);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            melder.NaCommit(meldingen);
            gemeld++;
        }
        return gemeld;
    }
}
