using System.ComponentModel;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Evaluaties;

/// <summary>
/// Evaluations schedule themselves (issue 8): plan akkoord → a Hangfire job at 07:00 on the start day; the date moves →
/// the job moves; the casus stops → the job goes; a date inside the six weeks opens at once. Each test runs on its own
/// node with a fake clock and asserts on its own casus only.
/// </summary>
public abstract class EvaluatiePlanningTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    /// <summary>Tuesday 2 March 2027, 09:00 in Amsterdam.</summary>
    protected static readonly DateTimeOffset Nu = new(2027, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 23 April 2027: six weeks before is Friday 12 March, ten days from Nu — inside the job horizon.</summary>
    protected static readonly DateOnly Evaluatiedatum = new(2027, 4, 23);
    protected static readonly DateOnly Startdag = new(2027, 3, 12);
    /// <summary>07:00 in Amsterdam (CET, UTC+1) on the start day.</summary>
    protected static readonly DateTimeOffset StartMoment = new(2027, 3, 12, 6, 0, 0, TimeSpan.Zero);

    protected TFactory Factory => factory;

    [Fact]
    public async Task PlanAkkoord_StoresTheStart_AndSchedulesOneJobAtSevenOnTheStartDay()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);

        var evaluatie = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);
        Assert.Equal(Evaluatiedatum, evaluatie.Evaluatiedatum);
        Assert.Equal(Startdag, evaluatie.StartOp);
        Assert.Null(evaluatie.GeopendOp);
        var job = Assert.Single(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id));
        Assert.Equal(StartMoment, job.Op);
        Assert.Equal(job.JobId, evaluatie.JobId);
        Assert.Equal(StartMoment, evaluatie.JobVoor);

        // Readable in the Hangfire dashboard.
        var naam = typeof(EvaluatieOpenenJob).GetMethod(nameof(EvaluatieOpenenJob.OpenAsync))!
            .GetCustomAttributes(typeof(DisplayNameAttribute), false).Cast<DisplayNameAttribute>().Single().DisplayName;
        Assert.Equal($"Evaluatie #{evaluatie.Id} openen (casus #{casus.Id})", string.Format(naam, evaluatie.Id, casus.Id));
        Assert.Contains((await casus.KaartAsync()).Gebeurtenissen, g => g.Omschrijving.StartsWith("Evaluatie gepland: start 12-3-2027"));
    }

    [Fact]
    public async Task PlanAkkoord_BeyondTheHorizon_StoresTheStart_AndLeavesTheJobToTheReconcileJob()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        // Tuesday 8 June 2027: six weeks before is Koningsdag (Tuesday 27 April), so the start is Monday 26 April.
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, new DateOnly(2027, 6, 8));

        var evaluatie = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);
        Assert.Equal(new DateOnly(2027, 4, 26), evaluatie.StartOp);
        Assert.Empty(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id));

        // Fifteen days before the start the reconcile job still waits; fourteen days before, it schedules the job.
        node.Tijd.SetUtcNow(new DateTimeOffset(2027, 4, 11, 5, 0, 0, TimeSpan.Zero));
        await node.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));
        Assert.Empty(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id));
        node.Tijd.SetUtcNow(new DateTimeOffset(2027, 4, 12, 5, 0, 0, TimeSpan.Zero));
        await node.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));
        var job = Assert.Single(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id));
        Assert.Equal(new DateTimeOffset(2027, 4, 26, 5, 0, 0, TimeSpan.Zero), job.Op);

        // The next run recognises the job as in order (as stored by this storage) and leaves it alone.
        await node.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));
        Assert.Equal(job.JobId, Assert.Single(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id)).JobId);
    }

    [Fact]
    public async Task EvaluatiedatumChanged_MovesTheJob_AndKeepsThePlanAkkoord()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);
        var voor = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);

        // Monday 26 April 2027 → six weeks before is Monday 15 March.
        await casus.StapAsync((s, v) => s.BewaarPlanAsync(casus.Regie, casus.Id, casus.Plan(new DateOnly(2027, 4, 26)), v));

        var plan = (await casus.KaartAsync()).Ondersteuningsplan!;
        Assert.Equal(PlanStatus.Akkoord, plan.Status);
        var na = Assert.Single(plan.Evaluaties);
        Assert.Equal(voor.Id, na.Id);
        Assert.Equal(new DateOnly(2027, 3, 15), na.StartOp);
        Assert.Equal(DeletedState.StateName, EvaluatieCasus.JobStatus(node, voor.JobId!));
        var job = Assert.Single(EvaluatieCasus.GeplandeJobs(node, na.Id));
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 6, 0, 0, TimeSpan.Zero), job.Op);
        Assert.Equal(1, await casus.MeldingenAsync(await casus.AanbiederMedewerkerAsync(), "evaluatiedatum"));
    }

    [Fact]
    public async Task CasusStopped_CancelsTheJob_EndsThePlan_AndRemovesThePlannedEvaluation()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);
        var voor = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);

        await casus.StapAsync((s, v) => s.VerplaatsAsync(casus.Regie, casus.Id, WerkprocesStap.Gestopt, v));

        var na = await casus.KaartAsync();
        Assert.Equal(PlanStatus.Beeindigd, na.Ondersteuningsplan!.Status);
        Assert.Empty(na.Ondersteuningsplan.Evaluaties);
        Assert.Equal(DeletedState.StateName, EvaluatieCasus.JobStatus(node, voor.JobId!));
        Assert.Empty(EvaluatieCasus.GeplandeJobs(node, voor.Id));
        Assert.Contains(na.Gebeurtenissen, g => g.Omschrijving == "Geplande evaluatie vervalt: de casus is gestopt");

        // Even if the deleted job ran anyway, it would open nothing.
        Assert.False(await node.MetServiceAsync<EvaluatieOpenenJob, bool>(j => j.OpenAsync(voor.Id, casus.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task DateInsideTheSixWeeks_OpensAtOnce_MovesTheCardToEvalueren_AndNotifiesRegievoerderAndAanbieder()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);

        // 20 days ahead: the start (six weeks before) has passed.
        var detail = await casus.StapAsync((s, v) => s.BewaarPlanAsync(casus.Regie, casus.Id, casus.Plan(casus.Vandaag.AddDays(20)), v));

        // The answer to the save already shows the opened evaluation.
        Assert.Equal(WerkprocesStap.Evalueren, detail.Kaart.Stap);
        Assert.True(detail.Evaluatie!.IsOpen);
        var na = await casus.KaartAsync();
        var evaluatie = Assert.Single(na.Ondersteuningsplan!.Evaluaties);
        Assert.Equal(Nu, evaluatie.GeopendOp);
        Assert.Null(evaluatie.JobId);
        Assert.Equal(WerkprocesStap.Evalueren, na.Stap);
        Assert.Equal(1, na.Gebeurtenissen.Count(g => g.Omschrijving.StartsWith("Evaluatie gestart")));
        Assert.Equal(1, await casus.MeldingenAsync(casus.Regie.MedewerkerId, "is gestart"));
        Assert.Equal(1, await casus.MeldingenAsync(await casus.AanbiederMedewerkerAsync(), "evaluatieoverdracht"));
    }

    [Fact]
    public async Task ScheduledJob_OpensWhenItsMomentComes_AndASecondRunOpensNothing()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);
        var evaluatie = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);

        // A minute early (06:59 in Amsterdam), e.g. a clock skew between nodes: nothing opens.
        node.Tijd.SetUtcNow(StartMoment.AddMinutes(-1));
        Assert.False(await node.MetServiceAsync<EvaluatieOpenenJob, bool>(j => j.OpenAsync(evaluatie.Id, casus.Id, CancellationToken.None)));

        node.Tijd.SetUtcNow(StartMoment);
        Assert.True(await node.MetServiceAsync<EvaluatieOpenenJob, bool>(j => j.OpenAsync(evaluatie.Id, casus.Id, CancellationToken.None)));
        Assert.False(await node.MetServiceAsync<EvaluatieOpenenJob, bool>(j => j.OpenAsync(evaluatie.Id, casus.Id, CancellationToken.None)));

        var na = await casus.KaartAsync();
        Assert.Equal(StartMoment, Assert.Single(na.Ondersteuningsplan!.Evaluaties).GeopendOp);
        Assert.Equal(WerkprocesStap.Evalueren, na.Stap);
        Assert.Equal(1, await casus.MeldingenAsync(casus.Regie.MedewerkerId, "is gestart"));
        // The portal itself changed the casus: one line in the job's name, no person.
        await using var db = await factory.CreateDbContextAsync();
        var regel = await db.AuditRegels.SingleAsync(a => a.ObjectSoort == AuditLog.Casus && a.ObjectId == casus.Id && a.Taak == EvaluatieOpenenJob.Taak);
        Assert.Equal((AuditActie.Gewijzigd, (int?)null, (string?)null), (regel.Actie, regel.MedewerkerId, regel.GebruikerId));
    }

    [Fact]
    public async Task MaterialChange_SendsTheAkkoordPlanBackToConcept_AndTheEvaluationLapses()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);

        var plan = casus.Plan(Evaluatiedatum);
        plan.Perceel = Dagbesteding.Portal.Domain.Organisaties.Perceel.Meewerken;
        var detail = await casus.StapAsync((s, v) => s.BewaarPlanAsync(casus.Regie, casus.Id, plan, v));

        Assert.Equal(PlanStatus.Concept, detail.Plan!.Status);
        Assert.Null(detail.Plan.ToestemmingGegevenOp);
        Assert.Null(detail.Plan.AanbiederGeraadpleegdOp);
        Assert.Equal(WerkprocesStap.Ondersteuningsplan, detail.Kaart.Stap);
        Assert.Empty((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);
        Assert.Contains(detail.Tijdlijn, t => t.Omschrijving.StartsWith("Ondersteuningsplan terug naar concept (perceel gewijzigd)"));
        // Akkoord again needs toestemming first.
        var opnieuw = await node.MetServiceAsync<Dagbesteding.Portal.Features.Casussen.CasusService, Dagbesteding.Portal.Infrastructure.Uitkomst<Dagbesteding.Portal.Features.Casussen.CasusDetail>>(
            s => s.StelPlanVastAsync(casus.Regie, casus.Id, casus.Versie));
        Assert.Contains("toestemming", opnieuw.Fout);
    }

    [Fact]
    public async Task ReconcileJob_RepairsAMissingEvaluationAndItsJob()
    {
        await using var node = new NepTijdPortaal(factory, Nu);
        var casus = await EvaluatieCasus.LeverendAsync(factory, node, Evaluatiedatum);
        // Lost: the evaluation row (e.g. data from before this release) and therefore its job.
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Evaluaties.Where(e => e.Ondersteuningsplan!.CasusId == casus.Id).ExecuteDeleteAsync();
        }

        await node.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));

        var evaluatie = Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties);
        Assert.Equal(Startdag, evaluatie.StartOp);
        Assert.Equal(StartMoment, Assert.Single(EvaluatieCasus.GeplandeJobs(node, evaluatie.Id)).Op);
    }
}

public sealed class SqliteEvaluatiePlanningTests(SqlitePortalFactory factory)
    : EvaluatiePlanningTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public async Task RestartWithInMemoryStorage_ReconcileReschedules_AndOpensAMissedStartExactlyOnce()
    {
        EvaluatieCasus gepland, gemist;
        int geplandeEvaluatie;
        await using (var voor = new NepTijdPortaal(Factory, Nu))
        {
            gepland = await EvaluatieCasus.LeverendAsync(Factory, voor, Evaluatiedatum);
            // Starts at 07:00 tomorrow (Wednesday 3 March): evaluatiedatum Wednesday 14 April.
            gemist = await EvaluatieCasus.LeverendAsync(Factory, voor, new DateOnly(2027, 4, 14));
            geplandeEvaluatie = Assert.Single((await gepland.KaartAsync()).Ondersteuningsplan!.Evaluaties).Id;
            Assert.Single(EvaluatieCasus.GeplandeJobs(voor, geplandeEvaluatie));
        }

        // The portal was down overnight; a new process with empty in-memory storage starts at 08:00.
        await using var na = new NepTijdPortaal(Factory, new DateTimeOffset(2027, 3, 3, 7, 0, 0, TimeSpan.Zero));
        Assert.Empty(EvaluatieCasus.GeplandeJobs(na, geplandeEvaluatie));

        await na.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));
        await na.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None));

        Assert.Equal(StartMoment, Assert.Single(EvaluatieCasus.GeplandeJobs(na, geplandeEvaluatie)).Op);
        var geopend = await gemist.KaartAsync();
        Assert.Equal(WerkprocesStap.Evalueren, geopend.Stap);
        Assert.NotNull(Assert.Single(geopend.Ondersteuningsplan!.Evaluaties).GeopendOp);
        Assert.Equal(1, geopend.Gebeurtenissen.Count(g => g.Omschrijving.StartsWith("Evaluatie gestart")));
        Assert.Equal(1, await gemist.MeldingenAsync(gemist.Regie.MedewerkerId, "is gestart"));
    }
}

public sealed class PostgreSqlEvaluatiePlanningTests(PostgreSqlPortalFactory factory)
    : EvaluatiePlanningTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;

/// <summary>
/// Two nodes with running Hangfire servers on one PostgreSQL database and one Hangfire.PostgreSql storage (the
/// production profile). Both have scheduled an opening job for every evaluation, and both run the reconcile job at the
/// same moment: every evaluation still opens exactly once.
/// </summary>
public sealed class PostgreSqlTweeNodesEvaluatieTests(PostgreSqlPortalFactory factory) : IClassFixture<PostgreSqlPortalFactory>
{
    private static readonly Dictionary<string, string?> MetServer = new()
    {
        ["Hangfire:Enabled"] = "true",
        ["Hangfire:SchedulePollingSeconden"] = "1",
    };

    [Fact]
    public async Task TwoNodes_EveryEvaluationOpensExactlyOnce()
    {
        const int aantal = 12;
        var casussen = new List<EvaluatieCasus>();
        await using (var maker = new NepTijdPortaal(factory, EvaluatiePlanningTestsTijd.Nu))
        {
            for (var i = 0; i < aantal; i++)
            {
                casussen.Add(await EvaluatieCasus.LeverendAsync(factory, maker, EvaluatiePlanningTestsTijd.Evaluatiedatum));
            }
        }
        var evaluaties = new List<(int Id, int CasusId)>();
        foreach (var casus in casussen)
        {
            evaluaties.Add((Assert.Single((await casus.KaartAsync()).Ondersteuningsplan!.Evaluaties).Id, casus.Id));
        }

        // Both nodes' clocks say the start has come; Hangfire itself runs on the real clock, so each node schedules its
        // own opening job for every evaluation one second from now (the worst case: a duplicate per evaluation).
        var nodeA = new NepTijdPortaal(factory, EvaluatiePlanningTestsTijd.StartMoment.AddMinutes(1), MetServer);
        var nodeB = new NepTijdPortaal(factory, EvaluatiePlanningTestsTijd.StartMoment.AddMinutes(1), MetServer);
        await using (nodeA)
        await using (nodeB)
        {
            var jobs = new List<string>();
            foreach (var node in new[] { nodeA, nodeB })
            {
                await node.MetServiceAsync<Dagbesteding.Portal.Features.Evaluaties.EvaluatiePlanner, int>(planner =>
                {
                    jobs.AddRange(evaluaties.Select(e => planner.Plan(e.Id, e.CasusId, DateTimeOffset.UtcNow.AddSeconds(1))));
                    return Task.FromResult(0);
                });
            }
            var afstemmen = Task.WhenAll(
                nodeA.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None)),
                nodeB.MetServiceAsync<EvaluatieAfstemJob, AfstemResultaat>(j => j.UitvoerenAsync(CancellationToken.None)));

            // Wait until every one of the 2 × N jobs has run to the end (the sentinel: nothing can still open later).
            var tot = DateTime.UtcNow.AddSeconds(90);
            while (jobs.Any(j => EvaluatieCasus.JobStatus(nodeA, j) != SucceededState.StateName))
            {
                Assert.DoesNotContain(jobs, j => EvaluatieCasus.JobStatus(nodeA, j) == FailedState.StateName);
                Assert.True(DateTime.UtcNow < tot, "De Hangfire-taken zijn niet binnen 90 seconden uitgevoerd");
                await Task.Delay(200);
            }
            await afstemmen;
        }

        foreach (var casus in casussen)
        {
            var na = await casus.KaartAsync();
            Assert.Equal(WerkprocesStap.Evalueren, na.Stap);
            Assert.NotNull(Assert.Single(na.Ondersteuningsplan!.Evaluaties).GeopendOp);
            Assert.Equal(1, na.Gebeurtenissen.Count(g => g.Omschrijving.StartsWith("Evaluatie gestart")));
            Assert.Equal(1, await casus.MeldingenAsync(casus.Regie.MedewerkerId, "is gestart"));
        }
    }
}

/// <summary>The moments of <see cref="EvaluatiePlanningTests{TFactory}"/>, for tests outside that class.</summary>
internal static class EvaluatiePlanningTestsTijd
{
    public static readonly DateTimeOffset Nu = new(2027, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Evaluatiedatum = new(2027, 4, 23);
    public static readonly DateTimeOffset StartMoment = new(2027, 3, 12, 6, 0, 0, TimeSpan.Zero);
}
