using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Evaluaties;

/// <summary>What a change did to the plan's evaluation, for the work after the commit.</summary>
public sealed record EvaluatieNaCommit(Evaluatie? Evaluatie, string? VervallenJobId);

/// <summary>
/// Keeps a plan's evaluation and its Hangfire job in line with the plan. Inside a casus change (after its save, in
/// its transaction) <see cref="PlanAsync"/> applies <see cref="EvaluatiePlanning"/> to the tracked plan, so the evaluation start is
/// stored in the same transaction as the plan. After the commit <see cref="NaCommitAsync"/> schedules, moves or
/// deletes the job — or, when the start has already come, opens the evaluation at once. Hangfire problems after
/// the commit are logged, never reported as a failed save: the reconcile job repairs every job from the database.
/// </summary>
public sealed class EvaluatiePlanner(
    IDbContextFactory<PortalDbContext> dbFactory,
    WerkdagKalenderProvider kalenders,
    IBackgroundJobClient jobs,
    JobStorage opslag,
    IServiceScopeFactory scopes,
    IOptions<EvaluatiesOptions> options,
    TimeProvider time,
    ILogger<EvaluatiePlanner> logger)
{
    public async Task<EvaluatieNaCommit?> PlanAsync(CasusWijziging w, CancellationToken cancellationToken)
    {
        if (w.Casus.Ondersteuningsplan is not { } plan)
        {
            return null;
        }
        // Called after the change itself was saved (in its transaction), so the database is what the plan now is.
        var lopend = await w.Db.Evaluaties.FirstOrDefaultAsync(e => e.OndersteuningsplanId == plan.Id && e.AfgerondOp == null, cancellationToken);
        var kalender = await kalenders.KalenderAsync(cancellationToken);
        var besluit = EvaluatiePlanning.Bepaal(
            new PlanStand(plan.Status, plan.Evaluatiedatum, w.Casus.Stap),
            lopend is null ? null : new LopendeEvaluatie(lopend.IsGeopend, lopend.Evaluatiedatum, lopend.StartOp),
            kalender);
        switch (besluit.Soort)
        {
            case PlanningSoort.Plannen:
                var nieuw = new Evaluatie { Ondersteuningsplan = plan, Evaluatiedatum = besluit.Evaluatiedatum!.Value, StartOp = besluit.StartOp!.Value };
                w.Db.Evaluaties.Add(nieuw);
                w.Tijdlijn($"Evaluatie gepland: start {Datum(nieuw.StartOp)}, zes weken voor de evaluatiedatum {Datum(nieuw.Evaluatiedatum)}");
                return new EvaluatieNaCommit(nieuw, null);
            case PlanningSoort.Verzetten:
                var oudeDatum = lopend!.Evaluatiedatum;
                lopend.Evaluatiedatum = besluit.Evaluatiedatum!.Value;
                lopend.StartOp = besluit.StartOp!.Value;
                lopend.Versie = Guid.NewGuid();
                w.Tijdlijn(lopend.IsGeopend
                    ? $"Evaluatiedatum van de lopende evaluatie gewijzigd van {Datum(oudeDatum)} naar {Datum(lopend.Evaluatiedatum)}"
                    : $"Evaluatie verzet: start {Datum(lopend.StartOp)}, evaluatiedatum {Datum(lopend.Evaluatiedatum)}");
                return new EvaluatieNaCommit(lopend, null);
            case PlanningSoort.Vervallen:
                w.Db.Evaluaties.Remove(lopend!);
                w.Tijdlijn(w.Casus.Stap == WerkprocesStap.Gestopt
                    ? "Geplande evaluatie vervalt: de casus is gestopt"
                    : "Geplande evaluatie vervalt: het plan is niet meer akkoord");
                return new EvaluatieNaCommit(null, lopend!.JobId);
            case PlanningSoort.Beeindigen:
                lopend!.AfgerondOp = w.Nu;
                lopend.Uitkomst = EvaluatieUitkomst.Afsluiten;
                lopend.Versie = Guid.NewGuid();
                w.Tijdlijn("Lopende evaluatie beëindigd: de casus is gestopt");
                return new EvaluatieNaCommit(null, lopend.JobId);
            default:
                return null;
        }
    }

    public async Task NaCommitAsync(EvaluatieNaCommit? planning, CancellationToken cancellationToken)
    {
        if (planning is null)
        {
            return;
        }
        if (planning.VervallenJobId is { } vervallen)
        {
            VerwijderJob(vervallen);
        }
        if (planning.Evaluatie is { } evaluatie)
        {
            await BijwerkenAsync(evaluatie.Id, cancellationToken);
        }
    }

    /// <summary>
    /// Brings the job of one evaluation in line with the database: opens it when its start has come, schedules (or
    /// moves) the job when it starts within the horizon, and removes a job that is no longer needed.
    /// </summary>
    public async Task BijwerkenAsync(int evaluatieId, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var e = await db.Evaluaties.Where(x => x.Id == evaluatieId)
                .Select(x => new { x.Id, x.StartOp, x.GeopendOp, x.AfgerondOp, x.JobId, x.JobVoor, x.Ondersteuningsplan!.CasusId })
                .FirstOrDefaultAsync(cancellationToken);
            if (e is null)
            {
                return;
            }
            var moment = EvaluatieRegels.StartMoment(e.StartOp);
            var nu = time.GetUtcNow();
            var gewenst = e.GeopendOp is null && e.AfgerondOp is null && moment > nu && moment <= nu.AddDays(options.Value.JobHorizonDagen);
            if (gewenst && e.JobId is not null && e.JobVoor == moment && IsGepland(e.JobId))
            {
                return;
            }
            if (e.JobId is not null)
            {
                VerwijderJob(e.JobId);
            }
            string? jobId = null;
            if (gewenst)
            {
                jobId = Plan(e.Id, e.CasusId, moment);
            }
            if (gewenst || e.JobId is not null || e.JobVoor is not null)
            {
                // Only when something changed: a plan beyond the horizon has no job to write down.
                await db.Evaluaties.Where(x => x.Id == e.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.JobId, jobId).SetProperty(x => x.JobVoor, gewenst ? moment : null), cancellationToken);
            }
            if (e.GeopendOp is null && e.AfgerondOp is null && moment <= nu)
            {
                // The start has come (a date inside the six weeks, or a job missed while the portal was down): open now,
                // with exactly the code the job runs.
                await OpenNuAsync(e.Id, e.CasusId, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "De taak voor evaluatie {EvaluatieId} kon niet worden bijgewerkt; de afstemtaak herstelt dit", evaluatieId);
        }
    }

    /// <summary>Schedules the opening job; its name in the dashboard reads "Evaluatie #12 openen (casus #34)".</summary>
    public string Plan(int evaluatieId, int casusId, DateTimeOffset moment) =>
        jobs.Schedule<EvaluatieOpenenJob>(job => job.OpenAsync(evaluatieId, casusId, CancellationToken.None), moment);

    /// <summary>Opens the evaluation now; false when there was nothing to open (another node or job was first).</summary>
    public async Task<bool> OpenNuAsync(int evaluatieId, int casusId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluatieOpenenJob>().OpenAsync(evaluatieId, casusId, cancellationToken);
    }

    public void VerwijderJob(string jobId)
    {
        try
        {
            jobs.Delete(jobId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Hangfire-taak {JobId} kon niet worden verwijderd; de afstemtaak probeert het opnieuw", jobId);
        }
    }

    private bool IsGepland(string jobId)
    {
        using var verbinding = opslag.GetConnection();
        return verbinding.GetStateData(jobId)?.Name == ScheduledState.StateName;
    }

    private static string Datum(DateOnly dag) => dag.ToString("d-M-yyyy");
}
