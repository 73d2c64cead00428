using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Bench.Evaluaties;

/// <summary>
/// The reads of the reconcile job on their own, copied from <see cref="EvaluatieAfstemJob"/>, so the report can say how
/// much of a run is reading and how much is work. Each returns the number of rows it read.
/// </summary>
internal static class Basislijn
{
    /// <summary>Step 1's read of every akkoord plan with its evaluation that is not afgerond (same query as the job).</summary>
    public static IQueryable<PlanRij> Stap1(PortalDbContext db) =>
        db.Ondersteuningsplannen.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Akkoord && p.Evaluatiedatum != null && p.Casus!.Stap != WerkprocesStap.Gestopt)
            .Select(p => new PlanRij(
                p.CasusId,
                p.Status,
                p.Evaluatiedatum,
                p.Casus!.Stap,
                p.Evaluaties.Where(e => e.AfgerondOp == null)
                    .Select(e => new LopendeEvaluatie(e.GeopendOp != null, e.Evaluatiedatum, e.StartOp)).FirstOrDefault()));

    /// <summary>The same rows as <see cref="Stap1"/> with a plain left join (the filtered unique index allows at most one match).</summary>
    public static IQueryable<PlatteRij> Stap1Plat(PortalDbContext db) =>
        from p in db.Ondersteuningsplannen.AsNoTracking()
        where p.Status == PlanStatus.Akkoord && p.Evaluatiedatum != null && p.Casus!.Stap != WerkprocesStap.Gestopt
        join e in db.Evaluaties.Where(e => e.AfgerondOp == null) on p.Id equals e.OndersteuningsplanId into lopend
        from e in lopend.DefaultIfEmpty()
        select new PlatteRij(p.CasusId, p.Status, p.Evaluatiedatum, p.Casus!.Stap, e != null, e != null && e.GeopendOp != null,
            e != null ? e.Evaluatiedatum : null, e != null ? e.StartOp : null);

    /// <summary>Step 1's second read: evaluations that should no longer be there.</summary>
    public static Task<List<int>> Stap1OverbodigAsync(PortalDbContext db) =>
        db.Evaluaties.AsNoTracking()
            .Where(e => e.AfgerondOp == null && (
                (e.GeopendOp == null && (e.Ondersteuningsplan!.Status != PlanStatus.Akkoord || e.Ondersteuningsplan.Evaluatiedatum == null))
                || e.Ondersteuningsplan!.Status == PlanStatus.Beeindigd
                || e.Ondersteuningsplan.Casus!.Stap == WerkprocesStap.Gestopt))
            .Select(e => e.Ondersteuningsplan!.CasusId)
            .ToListAsync();

    /// <summary>The planning rule over step 1's rows (CPU only).</summary>
    public static int Bepaal(List<PlanRij> rijen, WerkdagKalender kalender) =>
        rijen.Count(p => EvaluatiePlanning.Bepaal(new PlanStand(p.Status, p.Evaluatiedatum, p.Stap), p.Lopend, kalender).Soort != PlanningSoort.Geen);

    /// <summary>Step 3's read of the evaluations in the horizon.</summary>
    public static Task<int> HorizonAsync(PortalDbContext db, DateOnly tot) =>
        db.Evaluaties.AsNoTracking()
            .Where(e => e.GeopendOp == null && e.AfgerondOp == null && e.StartOp <= tot)
            .Select(e => new { e.Id, e.Ondersteuningsplan!.CasusId, e.StartOp, e.JobId, e.JobVoor })
            .CountAsync();

    /// <summary>Step 3's read of every scheduled opening job through Hangfire's monitoring API (pages of 5,000, as the job).</summary>
    public static int GeplandeJobs(JobStorage opslag)
    {
        const int pagina = 5000;
        var api = opslag.GetMonitoringApi();
        var aantal = 0;
        for (var vanaf = 0; ; vanaf += pagina)
        {
            var lijst = api.ScheduledJobs(vanaf, pagina);
            aantal += lijst.Count(j => j.Value?.Job?.Type == typeof(EvaluatieOpenenJob));
            if (lijst.Count < pagina)
            {
                return aantal;
            }
        }
    }
}

internal sealed record PlanRij(int CasusId, PlanStatus Status, DateOnly? Evaluatiedatum, WerkprocesStap Stap, LopendeEvaluatie? Lopend);

internal sealed record PlatteRij(int CasusId, PlanStatus Status, DateOnly? Evaluatiedatum, WerkprocesStap Stap, bool HeeftLopend, bool Geopend,
    DateOnly? LopendDatum, DateOnly? StartOp);
