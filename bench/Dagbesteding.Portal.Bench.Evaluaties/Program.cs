using System.Diagnostics;
using System.Globalization;
using Dagbesteding.Portal.Bench.Gedeeld;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench.Evaluaties;

// Evaluation reconcile and opening benchmark (issue 8, point 6): N akkoord plans with their planned evaluations on a
// fresh SQLite file (or a fresh PostgreSQL database with --postgres "<server connection string>"), then the reconcile
// job (EvaluatieAfstemJob.UitvoerenAsync, called directly with a fake clock) in four scenarios:
//   a  steady state: everything in order, the horizon's jobs exist;
//   b  after a restart with in-memory Hangfire storage: a new app instance must re-create the horizon's jobs;
//   c  from scratch: every planned evaluation row is missing;
//   d  1,000 evaluations due in the same minute (07:00:30 in Amsterdam), on PostgreSQL also by two nodes at once;
//      checked from the database: each opened once, one timeline line and one regievoerder melding each;
//   e  (PostgreSQL, after d) the same 1,000 opened by their Hangfire jobs on two nodes with servers, duplicate jobs and
//      both reconciles at the same moment (the production path).
// Usage: dotnet run -c Release --project bench/Dagbesteding.Portal.Bench.Evaluaties --
//        [--plannen 10000,100000] [--postgres "<conn>"] [--scenario a,b,c,d,e] [--rondes 5] [--budget-c 180] [--sql]
internal static class Bench
{
    public const int Gelijktijdig = 1000;

    public static async Task<int> Main(string[] args)
    {
        // The portal sets nl-NL as every thread's default; the report is read with invariant numbers. The jobs format
        // their dates with explicit patterns, so this changes none of their texts.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var plannen = Tekst(args, "--plannen", "10000,100000").Split(',').Select(int.Parse).ToList();
        var scenarios = Tekst(args, "--scenario", "a,b,c,d,e").Split(',').Select(s => s.Trim().ToLowerInvariant()).ToHashSet();
        var rondes = int.Parse(Tekst(args, "--rondes", "5"));
        var budgetC = int.Parse(Tekst(args, "--budget-c", "180"));
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        var toonSql = args.Contains("--sql");

        BenchApp.ZetContentRoot();

        Log($"provider {(postgres is null ? "SQLite" : "PostgreSQL")}, plannen {string.Join(", ", plannen)}, scenario's {string.Join(",", scenarios.Order())}, " +
            $"{rondes} rondes, {Environment.ProcessorCount} cores, load {Load()}");
        var regels = new List<Regel>();
        foreach (var n in plannen)
        {
            var meting = new Meting(n, postgres, scenarios, rondes, budgetC, toonSql);
            regels.AddRange(await meting.UitvoerenAsync());
        }
        Console.WriteLine();
        Console.WriteLine($"Load at the end: {Load()}");
        Console.WriteLine();
        Console.WriteLine("| N | scenario | rounds | median | p95 | max | what a run did | SQL commands / commits | time in SQL / in commits | step 1 / 2 / 3 / 4 | load (1, 5, 15 min) | note |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in regels)
        {
            Console.WriteLine(r.Markdown());
        }
        return regels.Any(r => r.Mislukt) ? 1 : 0;
    }

    private static string Tekst(string[] args, string naam, string standaard) =>
        args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault() ?? standaard;

    public static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static void Log(string tekst) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {tekst}");
}

/// <summary>One line of the result table.</summary>
internal sealed record Regel(int N, string Scenario, IReadOnlyList<double> Ms, string Uitkomst, double Sql, double SqlMs, string Load, string Opmerking, bool Mislukt = false,
    double Commits = 0, double CommitMs = 0, Stappen? Stappen = null)
{
    public string Markdown()
    {
        var tijden = Ms.Order().ToList();
        string Tijd(double ms) => ms >= 10_000 ? $"{ms / 1000:F1} s" : ms >= 1000 ? $"{ms / 1000:F2} s" : ms >= 10 ? $"{ms:F0} ms" : ms >= 1 ? $"{ms:F1} ms" : $"{ms:F2} ms";
        var mediaan = tijden.Count == 0 ? "–" : Tijd(tijden[tijden.Count / 2]);
        var p95 = tijden.Count == 0 ? "–" : Tijd(tijden[(int)Math.Ceiling(tijden.Count * 0.95) - 1]);
        var max = tijden.Count == 0 ? "–" : Tijd(tijden[^1]);
        return $"| {N:N0} | {Scenario} | {tijden.Count} | {mediaan} | {p95} | {max} | {Uitkomst} | {(Sql > 0 ? $"{Sql:N0} / {Commits:N0}" : "–")} | " +
            $"{(SqlMs > 0 ? $"{Tijd(SqlMs)} / {Tijd(CommitMs)}" : "–")} | {(Stappen is { } st ? $"{Tijd(st.Stap1)} / {Tijd(st.Stap2)} / {Tijd(st.Stap3)} / {Tijd(st.Stap4)}" : "–")} | {Load} | {(Mislukt ? "**FAILED** " : "")}{Opmerking} |";
    }
}

/// <summary>All scenarios for one N on one provider, on a database of their own that is dropped afterwards.</summary>
internal sealed class Meting(int n, string? postgres, HashSet<string> scenarios, int rondes, int budgetC, bool toonSql)
{
    private readonly List<Regel> _regels = [];
    private BenchDatabase _database = default!;
    private string Opslag => _database.IsPostgreSql ? "PostgreSql" : "InMemory";

    public async Task<List<Regel>> UitvoerenAsync()
    {
        var map = Directory.CreateTempSubdirectory("dagbesteding-bench-evaluaties-").FullName;
        var databaseNaam = $"dagbesteding_bench_{n}_{Guid.NewGuid():N}"[..40];
        _database = postgres is null
            ? new BenchDatabase("Sqlite", Path.Combine(map, "bench.db"), null)
            : new BenchDatabase("PostgreSql", null, $"{postgres};Database={databaseNaam}");
        try
        {
            var sw = Stopwatch.StartNew();
            await using var node = new BenchNode(_database, Vulling.Nacht, Opslag);
            Bench.Log($"N = {n:N0}: app started, migrated and seeded in {sw.Elapsed.TotalSeconds:F1} s");
            sw.Restart();
            var ids = await Vulling.VulAsync(node, n);
            if (_database.IsPostgreSql)
            {
                // What autovacuum does shortly after a bulk load; without statistics the planner guesses.
                await using var db = await node.DbAsync();
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }
            Bench.Log($"N = {n:N0}: filled {ids.Count:N0} casussen with plan and evaluation in {sw.Elapsed.TotalSeconds:F1} s (not a measurement)");

            var stap1Ms = await BasislijnAsync(node);

            var eerste = await RunAsync(node);
            Voeg("first run after the fill (schedules the horizon)", [eerste], "warm-up: schedules every job of the horizon in this node's storage");

            if (scenarios.Contains("a"))
            {
                await SteadyAsync(node);
            }
            if (scenarios.Contains("b"))
            {
                await RestartAsync(node);
            }
            if (scenarios.Contains("d"))
            {
                // Spread over the year and the stadsdelen: every (N / 1,000)th casus.
                var stap = Math.Max(1, ids.Count / Bench.Gelijktijdig);
                await GelijktijdigAsync(node, ids.Where((_, i) => i % stap == 0).Take(Bench.Gelijktijdig).ToList());
            }
            if (scenarios.Contains("c"))
            {
                await VanafNulAsync(node, stap1Ms);
            }
        }
        finally
        {
            await OpruimenAsync(map, databaseNaam);
        }
        return _regels;
    }

    // ------------------------------------------------------------------ baseline

    private async Task<double> BasislijnAsync(BenchNode node)
    {
        await using (var db = await node.DbAsync())
        {
            if (toonSql)
            {
                Console.WriteLine("-- step 1 read, as the job writes it:");
                Console.WriteLine(Basislijn.Stap1(db).ToQueryString());
                Console.WriteLine("-- the same rows with a plain left join:");
                Console.WriteLine(Basislijn.Stap1Plat(db).ToQueryString());
            }
            await Basislijn.Stap1(db).ToListAsync(); // warm-up (query compilation)
            await Basislijn.Stap1Plat(db).ToListAsync();
        }
        var kalender = await node.Services.GetRequiredService<WerkdagKalenderProvider>().KalenderAsync();
        List<PlanRij> rijen = [];
        var stap1 = await HerhaalAsync(node, async db => { rijen = await Basislijn.Stap1(db).ToListAsync(); return rijen.Count; });
        var plat = await HerhaalAsync(node, async db => (await Basislijn.Stap1Plat(db).ToListAsync()).Count);
        var overbodig = await HerhaalAsync(node, async db => (await Basislijn.Stap1OverbodigAsync(db)).Count);
        var regel = Herhaal(() => Basislijn.Bepaal(rijen, kalender));
        var tot = WerkdagKalender.DagInAmsterdam(node.Tijd.GetUtcNow().AddDays(14));
        var horizon = await HerhaalAsync(node, db => Basislijn.HorizonAsync(db, tot));
        Voeg("baseline: step 1 read alone (EF query of the job)", stap1.Ms, $"{stap1.Rijen:N0} rows", "the job's query, copied");
        Voeg("baseline: step 1 read as a plain left join", plat.Ms, $"{plat.Rijen:N0} rows", "candidate query shape");
        Voeg("baseline: step 1 second read (superfluous evaluations)", overbodig.Ms, $"{overbodig.Rijen:N0} rows", "");
        Voeg("baseline: planning rule over the rows (CPU)", regel.Ms, $"{regel.Rijen:N0} differ", "EvaluatiePlanning.Bepaal");
        Voeg("baseline: step 3 read of the horizon", horizon.Ms, $"{horizon.Rijen:N0} rows", "");
        return stap1.Ms.Order().ElementAt(stap1.Ms.Count / 2);
    }

    private async Task<(List<double> Ms, int Rijen)> HerhaalAsync(BenchNode node, Func<PortalDbContext, Task<int>> actie)
    {
        var tijden = new List<double>();
        var rijen = 0;
        await using (var warm = await node.DbAsync())
        {
            await actie(warm); // query compilation and first use
        }
        for (var i = 0; i < rondes; i++)
        {
            GC.Collect();
            await using var db = await node.DbAsync();
            var sw = Stopwatch.StartNew();
            rijen = await actie(db);
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }
        return (tijden, rijen);
    }

    private (List<double> Ms, int Rijen) Herhaal(Func<int> actie)
    {
        var tijden = new List<double>();
        var rijen = 0;
        for (var i = 0; i < rondes; i++)
        {
            var sw = Stopwatch.StartNew();
            rijen = actie();
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }
        return (tijden, rijen);
    }

    // ------------------------------------------------------------------ a, b

    private async Task SteadyAsync(BenchNode node)
    {
        var load = Bench.Load();
        var runs = new List<Run>();
        for (var i = 0; i < rondes; i++)
        {
            runs.Add(await RunAsync(node));
        }
        var jobs = Basislijn.GeplandeJobs(node.Services.GetRequiredService<JobStorage>());
        var leesMs = Herhaal(() => Basislijn.GeplandeJobs(node.Services.GetRequiredService<JobStorage>()));
        Voeg("baseline: step 3 read of every scheduled job (Hangfire monitoring API)", leesMs.Ms, $"{jobs:N0} jobs", $"{Opslag} storage", load);
        var client = node.Services.GetRequiredService<IBackgroundJobClient>();
        var plannen = new List<double>();
        var verwijderen = new List<double>();
        var proef = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var sw = Stopwatch.StartNew();
            proef.Add(client.Schedule<EvaluatieOpenenJob>(j => j.OpenAsync(-1, -1, CancellationToken.None), Vulling.Nacht.AddYears(5)));
            plannen.Add(sw.Elapsed.TotalMilliseconds);
        }
        foreach (var id in proef)
        {
            var sw = Stopwatch.StartNew();
            client.Delete(id);
            verwijderen.Add(sw.Elapsed.TotalMilliseconds);
        }
        Voeg("baseline: Hangfire schedules one job (500 in a row)", plannen, "per job", $"{Opslag} storage", load);
        Voeg("baseline: Hangfire deletes one job (500 in a row)", verwijderen, "per job", $"{Opslag} storage", load);
        Voeg("a steady state", runs, $"nothing to do expected; {jobs:N0} scheduled jobs", load, verwacht: r => r.Hersteld + r.Geopend + r.JobsGepland + r.JobsVerwijderd == 0);
    }

    private async Task RestartAsync(BenchNode node)
    {
        var load = Bench.Load();
        var runs = new List<Run>();
        var start = new List<double>();
        for (var i = 0; i < rondes; i++)
        {
            var sw = Stopwatch.StartNew();
            await using var nieuw = new BenchNode(_database, Vulling.Nacht, "InMemory");
            start.Add(sw.Elapsed.TotalMilliseconds);
            runs.Add(await RunAsync(nieuw));
        }
        Voeg("b after a restart with in-memory storage (new app instance)", runs, "", load,
            $"app start before it {Mediaan(start) / 1000:F1} s, not included", r => r.JobsGepland > 0 && r.Hersteld + r.Geopend == 0);
        if (_database.IsPostgreSql)
        {
            load = Bench.Load();
            await using (var herstelNode = new BenchNode(_database, Vulling.Nacht, "PostgreSql"))
            {
                // The job ids in the database point at the last in-memory instance's jobs: re-created in PostgreSQL.
                var herstel = await RunAsync(herstelNode);
                Bench.Log($"N = {n:N0}: first run back on PostgreSQL storage after the in-memory instances: {herstel.Resultaat} in {herstel.Ms:F0} ms");
            }
            runs.Clear();
            for (var i = 0; i < rondes; i++)
            {
                await using var nieuw = new BenchNode(_database, Vulling.Nacht, "PostgreSql");
                runs.Add(await RunAsync(nieuw));
            }
            Voeg("b′ after a restart with PostgreSQL storage (new app instance)", runs, "", load, "jobs survive a restart", r => r.JobsGepland == 0);
        }
        // The main node's in-memory storage no longer matches the database's job ids: this run repairs that.
        var reparatie = await RunAsync(node);
        Bench.Log($"N = {n:N0}: main node back in line: {reparatie.Resultaat}");
    }

    // ------------------------------------------------------------------ d

    private async Task GelijktijdigAsync(BenchNode node, List<int> ids)
    {
        var rondesD = Math.Max(1, rondes);
        await Vulling.ZetStartVandaagAsync(node, ids);
        await DRondesAsync("d 1,000 due in the same minute, one node", rondesD, ids, [node]);
        if (_database.IsPostgreSql)
        {
            await using (var tweede = new BenchNode(_database, Vulling.Nacht, "PostgreSql"))
            {
                await DRondesAsync("d 1,000 due in the same minute, two nodes at once", rondesD, ids, [node, tweede]);
            }
            if (scenarios.Contains("e"))
            {
                await MetServersAsync(node, ids, metAfstemmen: false);
                await MetServersAsync(node, ids, metAfstemmen: true);
            }
        }
        node.Tijd.AdjustTime(Vulling.Nacht);
    }

    /// <summary>
    /// Scenario e (PostgreSQL): the production path. Two nodes with Hangfire servers on one Hangfire.PostgreSql storage;
    /// each has scheduled its own opening job for each of the 1,000 evaluations at the same moment T (a duplicate per
    /// evaluation, the worst case); with <paramref name="metAfstemmen"/> both also run the reconcile job at T. Hangfire
    /// fires on the real clock, so T is a real moment 40 s ahead; the nodes' own clocks say 07:00:30 by then.
    /// </summary>
    private async Task MetServersAsync(BenchNode node, List<int> ids, bool metAfstemmen)
    {
        var naam = metAfstemmen
            ? "e′ 1,000 due at T: two nodes with Hangfire servers, a duplicate job each, and both reconciles at T"
            : "e 1,000 due at T, opened by their Hangfire jobs: two nodes with servers, a duplicate job each";
        var eerste = new List<double>();
        var tempo = new List<double>();
        var load = Bench.Load();
        var tijden = new List<double>();
        var jobsKlaar = new List<double>();
        var notities = new List<string>();
        var fouten = new List<string>();
        string uitkomst = "";
        List<(int Id, int CasusId)> evaluaties;
        await using (var db = await node.DbAsync())
        {
            evaluaties = (await db.Evaluaties.Where(e => ids.Contains(e.Ondersteuningsplan!.CasusId) && e.AfgerondOp == null)
                .Select(e => new { e.Id, e.Ondersteuningsplan!.CasusId }).ToListAsync()).Select(e => (e.Id, e.CasusId)).ToList();
        }
        for (var ronde = 0; ronde < Math.Max(1, Math.Min(rondes, 2)); ronde++)
        {
            var geopendVoor = await OpeningControle.GeopendTotaalAsync(node);
            // At start-up each node enqueues a reconcile run; with the clock at 06:59 it opens nothing.
            var voorOpenen = Vulling.NaOpenen.AddSeconds(-90);
            await using var a = new BenchNode(_database, voorOpenen, "PostgreSql", hangfireServer: true);
            await using var b = new BenchNode(_database, voorOpenen, "PostgreSql", hangfireServer: true);
            var opslag = a.Services.GetRequiredService<JobStorage>();
            await StilAsync(opslag);
            // No cron reconcile in the middle of the measurement (it would run every five real minutes): only the jobs,
            // and in e′ the two reconcile runs the benchmark starts itself.
            a.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(JobSchedules.EvaluatiesAfstemmen);
            var t = DateTimeOffset.UtcNow.AddSeconds(40);
            var plannen = Stopwatch.StartNew();
            var jobs = (await Task.WhenAll(new[] { a, b }.Select(x => Task.Run(() =>
            {
                var planner = x.Services.GetRequiredService<Features.Evaluaties.EvaluatiePlanner>();
                return evaluaties.Select(e => planner.Plan(e.Id, e.CasusId, t)).ToList();
            })))).SelectMany(j => j).ToList();
            notities.Add($"{jobs.Count:N0} jobs scheduled in {plannen.Elapsed.TotalSeconds:F1} s");
            var wacht = t - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1);
            if (wacht <= TimeSpan.Zero)
            {
                fouten.Add($"round {ronde + 1}: scheduling took longer than the 40 s before T");
            }
            await Task.Delay(wacht > TimeSpan.Zero ? wacht : TimeSpan.Zero);
            foreach (var x in new[] { a, b })
            {
                x.Tijd.AdjustTime(Vulling.NaOpenen);
                x.Openingen.Reset();
            }
            await Task.Delay(t - DateTimeOffset.UtcNow is var rest && rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
            var begin = Stopwatch.GetTimestamp();
            var afstemmen = metAfstemmen
                ? Task.WhenAll(new[] { a, b }.Select(x => Task.Run(() => x.AfstemmenAsync())))
                : Task.FromResult(Array.Empty<AfstemResultaat>());
            var open = 0;
            while (open < evaluaties.Count && Stopwatch.GetElapsedTime(begin) < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(100);
                await using var db = await node.DbAsync();
                open = await db.Evaluaties.CountAsync(e => ids.Contains(e.Ondersteuningsplan!.CasusId) && e.AfgerondOp == null && e.GeopendOp != null);
            }
            var alleOpen = Stopwatch.GetElapsedTime(begin);
            var resultaten = await afstemmen;
            // The sentinel: every one of the 2,000 jobs has run to the end, so nothing can still open later.
            var mislukt = 0;
            while (Stopwatch.GetElapsedTime(begin) < TimeSpan.FromMinutes(10))
            {
                using var verbinding = opslag.GetConnection();
                var staten = jobs.Select(j => verbinding.GetStateData(j)?.Name).ToList();
                mislukt = staten.Count(s => s == Hangfire.States.FailedState.StateName);
                if (staten.All(s => s == Hangfire.States.SucceededState.StateName || s == Hangfire.States.FailedState.StateName || s == Hangfire.States.DeletedState.StateName))
                {
                    break;
                }
                await Task.Delay(1000);
            }
            var klaar = Stopwatch.GetElapsedTime(begin);
            tijden.Add(alleOpen.TotalMilliseconds);
            jobsKlaar.Add(klaar.TotalMilliseconds);
            var momenten = a.Openingen.Momenten.Concat(b.Openingen.Momenten).Order().ToList();
            if (momenten.Count > 1)
            {
                eerste.Add(Stopwatch.GetElapsedTime(begin, momenten[0]).TotalMilliseconds);
                tempo.Add((momenten.Count - 1) / Stopwatch.GetElapsedTime(momenten[0], momenten[^1]).TotalSeconds);
            }
            var controle = await OpeningControle.LeesAsync(node, ids, geopendVoor);
            var doorAfstemmen = metAfstemmen ? $", of which the reconcile runs {resultaten[0].Geopend} + {resultaten[1].Geopend}" : "";
            uitkomst = $"{controle.Geopend:N0} opened (per node {a.Openingen.Momenten.Count} + {b.Openingen.Momenten.Count}{doorAfstemmen}), " +
                $"misses {controle.Gemist}, duplicates {controle.Dubbel}, failed jobs {mislukt}";
            Bench.Log($"N = {n:N0}: {naam}, ronde {ronde + 1}: all open after {alleOpen.TotalSeconds:F1} s, every job done after {klaar.TotalSeconds:F1} s; {controle}; {uitkomst}");
            if (!controle.Klopt || mislukt > 0)
            {
                fouten.Add($"round {ronde + 1}: {controle}, failed jobs {mislukt}");
            }
            await Vulling.ZetTerugAsync(node, ids);
        }
        _regels.Add(new Regel(n, naam, tijden, uitkomst, 0, 0, load,
            $"time from T until all 1,000 are open; first opening {Mediaan(eerste) / 1000:F1} s after T (schedule polling 15 s), then {Mediaan(tempo):F0} openings/s; " +
            $"every job done after {Mediaan(jobsKlaar) / 1000:F1} s; 10 workers per node; " + string.Join("; ", notities.Take(1).Concat(fouten)), fouten.Count > 0));
        Console.WriteLine(_regels[^1].Markdown());
    }

    /// <summary>Waits until no job is enqueued or processing (the nodes' start-up reconcile runs are done).</summary>
    private static async Task StilAsync(JobStorage opslag)
    {
        var api = opslag.GetMonitoringApi();
        var stil = 0;
        var tot = DateTime.UtcNow.AddMinutes(3);
        await Task.Delay(2000);
        while (stil < 3 && DateTime.UtcNow < tot)
        {
            stil = api.ProcessingCount() == 0 && api.EnqueuedCount("default") == 0 ? stil + 1 : 0;
            await Task.Delay(300);
        }
    }

    private async Task DRondesAsync(string naam, int aantal, List<int> ids, BenchNode[] nodes)
    {
        var load = Bench.Load();
        var tijden = new List<double>();
        var opening = new List<double>();
        var tempo = new List<double>();
        var fouten = new List<string>();
        var sql = new List<double>();
        var sqlMs = new List<double>();
        var commits = new List<double>();
        var commitMs = new List<double>();
        var stappen = new List<Stappen?>();
        string uitkomst = "";
        for (var ronde = 0; ronde < aantal; ronde++)
        {
            // 05:00: the reconcile schedules today's 1,000 jobs for 07:00, as it would have the days before.
            foreach (var x in nodes)
            {
                x.Tijd.AdjustTime(Vulling.Nacht);
            }
            var voor = await RunAsync(nodes[0]);
            Bench.Log($"N = {n:N0}: {naam}, ronde {ronde + 1}: at 05:00 {voor.Resultaat}");
            var geopendVoor = await OpeningControle.GeopendTotaalAsync(nodes[0]);
            foreach (var x in nodes)
            {
                x.Tijd.AdjustTime(Vulling.NaOpenen);
                x.Openingen.Reset();
                x.Sql.Reset();
                x.Commits.Reset();
            }
            GC.Collect();
            var begin = Stopwatch.GetTimestamp();
            var resultaten = await Task.WhenAll(nodes.Select(x => Task.Run(() => x.AfstemmenAsync())));
            var eind = Stopwatch.GetTimestamp();
            var klaar = Stopwatch.GetElapsedTime(begin, eind);
            stappen.Add(Stappen.Uit(nodes[0].Sql.Commandos(), begin, eind));
            var momenten = nodes.SelectMany(x => x.Openingen.Momenten).Order().ToList();
            tijden.Add(klaar.TotalMilliseconds);
            sql.Add(nodes.Sum(x => x.Sql.Aantal));
            sqlMs.Add(nodes.Sum(x => x.Sql.Duur.TotalMilliseconds));
            commits.Add(nodes.Sum(x => x.Commits.Aantal));
            commitMs.Add(nodes.Sum(x => x.Commits.Duur.TotalMilliseconds));
            if (momenten.Count > 0)
            {
                opening.Add(Stopwatch.GetElapsedTime(begin, momenten[^1]).TotalMilliseconds);
                var spanne = Stopwatch.GetElapsedTime(momenten[0], momenten[^1]).TotalSeconds;
                tempo.Add(spanne > 0 ? (momenten.Count - 1) / spanne : 0);
            }
            var controle = await OpeningControle.LeesAsync(nodes[0], ids, geopendVoor);
            var perNode = string.Join(" + ", nodes.Select(x => x.Openingen.Momenten.Count));
            uitkomst = $"{controle.Geopend:N0} opened (per node {perNode}; job reported Geopend {string.Join(" + ", resultaten.Select(r => r.Geopend))}), " +
                $"misses {controle.Gemist}, duplicates {controle.Dubbel}; jobs deleted {resultaten.Sum(r => r.JobsVerwijderd)}";
            Bench.Log($"N = {n:N0}: {naam}, ronde {ronde + 1}: {klaar.TotalSeconds:F2} s; {controle}; {uitkomst}");
            if (!controle.Klopt)
            {
                fouten.Add($"round {ronde + 1}: {controle}");
            }
            await Vulling.ZetTerugAsync(nodes[0], ids);
        }
        _regels.Add(new Regel(n, naam, tijden, uitkomst, Mediaan(sql), Mediaan(sqlMs), load,
            $"all 1,000 open after {Mediaan(opening) / 1000:F2} s (median; max {(opening.Count > 0 ? opening.Max() / 1000 : 0):F2} s); " +
            $"{Mediaan(tempo):F0} openings/s between the first and the last{string.Concat(fouten.Select(f => "; " + f))}", fouten.Count > 0,
            Mediaan(commits), Mediaan(commitMs), MediaanStappen(stappen)));
        Console.WriteLine(_regels[^1].Markdown());
    }

    // ------------------------------------------------------------------ c

    private async Task VanafNulAsync(BenchNode node, double stap1Ms)
    {
        var load = Bench.Load();
        node.Tijd.AdjustTime(Vulling.Nacht);
        var weg = await Vulling.VerwijderGeplandeAsync(node);
        Bench.Log($"N = {n:N0}: c: {weg:N0} planned evaluation rows deleted");
        var budget = n > 10_000 ? TimeSpan.FromSeconds(budgetC) : Timeout.InfiniteTimeSpan;
        using var stop = new CancellationTokenSource(budget);
        node.Sql.Reset();
        node.Commits.Reset();
        GC.Collect();
        var begin = Stopwatch.GetTimestamp();
        AfstemResultaat? resultaat = null;
        try
        {
            resultaat = await node.AfstemmenAsync(stop.Token);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
        }
        var eind = Stopwatch.GetTimestamp();
        var duur = Stopwatch.GetElapsedTime(begin, eind);
        var terug = await Vulling.GeplandeAsync(node);
        var perSeconde = terug / Math.Max(0.001, duur.TotalSeconds - stap1Ms / 1000);
        if (resultaat is not null)
        {
            _regels.Add(new Regel(n, "c from scratch (every planned evaluation row missing)", [duur.TotalMilliseconds],
                $"{resultaat}; {terug:N0} of {weg:N0} rows back", node.Sql.Aantal, node.Sql.Duur.TotalMilliseconds, load,
                $"{perSeconde:F0} plans/s", terug != weg, node.Commits.Aantal, node.Commits.Duur.TotalMilliseconds,
                Stappen.Uit(node.Sql.Commandos(), begin, eind)));
        }
        else
        {
            var geschat = TimeSpan.FromMilliseconds(stap1Ms) + TimeSpan.FromSeconds(weg / perSeconde);
            _regels.Add(new Regel(n, "c from scratch (every planned evaluation row missing) — **stopped, extrapolated**", [],
                $"stopped after {duur.TotalSeconds:F0} s with {terug:N0} of {weg:N0} rows back", node.Sql.Aantal, node.Sql.Duur.TotalMilliseconds, load,
                $"**extrapolation**: {perSeconde:F0} plans/s → the whole run ≈ {geschat.TotalMinutes:F0} min", false, node.Commits.Aantal, node.Commits.Duur.TotalMilliseconds));
        }
        Console.WriteLine(_regels[^1].Markdown());
    }

    // ------------------------------------------------------------------ helpers

    private sealed record Run(double Ms, AfstemResultaat Resultaat, long Sql, double SqlMs, long Commits, double CommitMs, Stappen? Stappen);

    private static async Task<Run> RunAsync(BenchNode node)
    {
        GC.Collect();
        node.Sql.Reset();
        node.Commits.Reset();
        var begin = Stopwatch.GetTimestamp();
        var resultaat = await node.AfstemmenAsync();
        var eind = Stopwatch.GetTimestamp();
        return new Run(Stopwatch.GetElapsedTime(begin, eind).TotalMilliseconds, resultaat, node.Sql.Aantal, node.Sql.Duur.TotalMilliseconds,
            node.Commits.Aantal, node.Commits.Duur.TotalMilliseconds, Stappen.Uit(node.Sql.Commandos(), begin, eind));
    }

    private void Voeg(string scenario, List<Run> runs, string uitkomst, string? load = null, string opmerking = "", Func<AfstemResultaat, bool>? verwacht = null)
    {
        var resultaten = runs.Select(r => r.Resultaat).Distinct().ToList();
        var mislukt = verwacht is not null && runs.Any(r => !verwacht(r.Resultaat));
        var tekst = string.Join("; ", resultaten.Select(r => $"Plannen {r.Plannen:N0}, Hersteld {r.Hersteld}, Geopend {r.Geopend}, JobsGepland {r.JobsGepland:N0}, JobsVerwijderd {r.JobsVerwijderd:N0}"));
        _regels.Add(new Regel(n, scenario, runs.Select(r => r.Ms).ToList(), uitkomst.Length > 0 ? $"{tekst}; {uitkomst}" : tekst,
            Mediaan(runs.Select(r => (double)r.Sql)), Mediaan(runs.Select(r => r.SqlMs)), load ?? Bench.Load(), opmerking, mislukt,
            Mediaan(runs.Select(r => (double)r.Commits)), Mediaan(runs.Select(r => r.CommitMs)), MediaanStappen(runs.Select(r => r.Stappen))));
        Console.WriteLine(_regels[^1].Markdown());
    }

    private void Voeg(string scenario, List<double> ms, string uitkomst, string opmerking, string? load = null)
    {
        _regels.Add(new Regel(n, scenario, ms, uitkomst, 0, 0, load ?? Bench.Load(), opmerking));
        Console.WriteLine(_regels[^1].Markdown());
    }

    private static Stappen? MediaanStappen(IEnumerable<Stappen?> stappen)
    {
        var lijst = stappen.OfType<Stappen>().ToList();
        return lijst.Count == 0 ? null : new Stappen(Mediaan(lijst.Select(s => s.Stap1)), Mediaan(lijst.Select(s => s.Stap2)),
            Mediaan(lijst.Select(s => s.Stap3)), Mediaan(lijst.Select(s => s.Stap4)));
    }

    private static double Mediaan(IEnumerable<double> waarden)
    {
        var lijst = waarden.Order().ToList();
        return lijst.Count == 0 ? 0 : lijst[lijst.Count / 2];
    }

    private async Task OpruimenAsync(string map, string databaseNaam)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(map, recursive: true);
        if (postgres is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var verbinding = new Npgsql.NpgsqlConnection($"{postgres};Database=postgres");
            await verbinding.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseNaam}\" WITH (FORCE)", verbinding);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
