using System.Diagnostics;
using Dagbesteding.Portal.Bench.Gedeeld;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench.Dashboard;

// Dashboard benchmark (issue 9): a year of network traffic in West on a fresh SQLite file (or PostgreSQL with
// --postgres "<connection string>"), read as netwerkmanager.west@example.org. Measures NetwerkCijfersService.CijfersAsync
// for a year and a month, the server-side HTML render of what the page shows, the page itself, and the streamed CSV
// (and Excel) export of the per-question table. Markdown output.
// Usage: dotnet run -c Release --project bench/Dagbesteding.Portal.Bench.Dashboard --
//        [--vragen 4000] [--casussen 5000] [--leden 50] [--rondes 10] [--postgres "<conn>"] [--bewaar] [--met-evaluatie-index]
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var vragen = Argument(args, "--vragen", 4000);
        var casussen = Argument(args, "--casussen", 5000);
        var ledenDoel = Argument(args, "--leden", 50);
        var rondes = Math.Max(1, Argument(args, "--rondes", 10));
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        var provider = postgres is null ? "SQLite" : "PostgreSQL";

        BenchApp.ZetContentRoot();
        var map = Directory.CreateTempSubdirectory("dagbesteding-dashbench-").FullName;
        var opstart = Stopwatch.StartNew();
        await using var app = new BenchFactory(postgres, Path.Combine(map, "bench.db"));
        _ = app.Server;
        var opstartDuur = opstart.Elapsed;
        var services = app.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var tijd = services.GetRequiredService<TimeProvider>();
        var kalender = await services.GetRequiredService<WerkdagKalenderProvider>().KalenderAsync();
        var nu = tijd.GetUtcNow();

        int west;
        Actor actor;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
            var manager = await db.Users.Where(u => u.Email == "netwerkmanager.west@example.org").Select(u => new { u.Id, u.MedewerkerId }).SingleAsync();
            actor = new Actor(manager.MedewerkerId!.Value, manager.Id, [Rollen.Netwerkmanager]);
        }
        var vulling = await new Vulling(dbFactory, kalender, nu, west).VulAsync(ledenDoel, vragen, casussen);
        // What-if for the finding in bench/README.md: the index the model lacks (evaluations by plan), made by hand here.
        var metIndex = args.Contains("--met-evaluatie-index");
        if (metIndex)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("CREATE INDEX IF NOT EXISTS \"IX_Bench_Evaluaties_OndersteuningsplanId\" ON \"Evaluaties\" (\"OndersteuningsplanId\")");
        }

        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        var jaar = new DashboardPeriode(vandaag.AddYears(-1).AddDays(1), vandaag);
        var maand = DashboardPeriode.Laatste(PeriodeSoort.Maand, vandaag);
        var cijfersService = services.GetRequiredService<NetwerkCijfersService>();
        var export = services.GetRequiredService<DashboardExport>();

        var metingen = new List<(string Naam, List<double> Ms, string Opmerking)>();
        void Voeg(string naam, List<double> ms, string opmerking = "") => metingen.Add((naam, ms, opmerking));

        // (a) the one query path of the page and the exports.
        NetwerkCijfers cijfersJaar = null!, cijfersMaand = null!;
        Voeg("(a) CijfersAsync, month", await MeetAsync(rondes, async () => cijfersMaand = (await cijfersService.CijfersAsync(actor, west, maand))!));
        Voeg("(a) CijfersAsync, year", await MeetAsync(rondes, async () => cijfersJaar = (await cijfersService.CijfersAsync(actor, west, jaar))!));

        // (b) the render of what the page shows for those figures: its tables and charts, through HtmlRenderer.
        int htmlInhoudJaar = 0, htmlInhoudMaand = 0, htmlPaginaJaar = 0, htmlPaginaMaand = 0;
        await using (var scope = services.CreateAsyncScope())
        await using (var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>()))
        {
            Task<int> Inhoud(NetwerkCijfers c) => renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<DashboardInhoud>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Cijfers"] = c }))).ToHtmlString().Length);
            Voeg("(b) render tables + charts, month", await MeetAsync(rondes, async () => htmlInhoudMaand = await Inhoud(cijfersMaand)));
            Voeg("(b) render tables + charts, year", await MeetAsync(rondes, async () => htmlInhoudJaar = await Inhoud(cijfersJaar)));
            Voeg("(d) CijfersAsync + render, year", await MeetAsync(rondes, async () => htmlInhoudJaar = await Inhoud((await cijfersService.CijfersAsync(actor, west, jaar))!)));
        }

        // (d) DashboardPagina itself (without the layout), as a fresh circuit scope would: sign-in state, GebruikerContext,
        // DashboardService's counts of now, CijfersAsync, chart data, render.
        async Task<int> Pagina(DashboardPeriode periode)
        {
            await using var scope = services.CreateAsyncScope();
            PaginaMetPeriode.MeldAan(scope.ServiceProvider, actor.GebruikerId!, actor.Rollen);
            var provider = new PaginaMetPeriode(scope.ServiceProvider, periode);
            await using var renderer = new HtmlRenderer(provider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
            var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<PaginaMetProviders>()).ToHtmlString());
            if (!html.Contains("data-testid=\"tabel-volume\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("DashboardPagina toonde geen cijfers (geen tabel-volume in de HTML).");
            }
            return html.Length;
        }
        Voeg("(d) DashboardPagina, month", await MeetAsync(rondes, async () => htmlPaginaMaand = await Pagina(maand)));
        Voeg("(d) DashboardPagina, year", await MeetAsync(rondes, async () => htmlPaginaJaar = await Pagina(jaar)), "the whole page: sign-in state, counts of now, CijfersAsync, render");

        // (c) the per-question export, streamed to a stream that only counts.
        var exports = new List<(string Naam, List<double> Ms, ExportMeting Laatste)>();
        foreach (var (naam, periode, formaat) in new[] { ("CSV vragen, month", maand, "csv"), ("CSV vragen, year", jaar, "csv"), ("Excel vragen, year", jaar, "xlsx") })
        {
            var ms = new List<double>();
            var metingenExport = new List<ExportMeting>();
            async Task Schrijf(Stream uit)
            {
                var tabel = (await export.TabelAsync(actor, "vragen", west, periode, CancellationToken.None))!;
                await (formaat == "csv"
                    ? DashboardExport.SchrijfCsvAsync(tabel, uit, CancellationToken.None)
                    : DashboardExport.SchrijfXlsxAsync(tabel, uit, CancellationToken.None));
            }
            for (var i = 0; i <= rondes; i++)
            {
                var m = await ExportMeting.MeetAsync(Schrijf, peilen: false);
                if (i > 0)
                {
                    ms.Add(m.Ms);
                    metingenExport.Add(m);
                }
            }
            ms.Sort();
            // One more, untimed, with a full collection every 64 KB written: what the export really keeps alive.
            var levend = formaat == "csv" ? (await ExportMeting.MeetAsync(Schrijf, peilen: true)).Levend : (long?)null;
            exports.Add(($"(c) {naam}", ms, metingenExport.MaxBy(m => m.PiekGroei)! with { Levend = levend }));
        }

        // Breakdown of CijfersAsync for the year.
        var uitsplitsing = new Uitsplitsing(dbFactory, kalender, west);
        await uitsplitsing.MeetAsync(jaar, nu); // warm-up
        var delen = Uitsplitsing.Onderdelen.ToDictionary(o => o, _ => new List<double>());
        Dictionary<string, int> rijen = [];
        for (var i = 0; i < rondes; i++)
        {
            var (ms, r) = await uitsplitsing.MeetAsync(jaar, nu);
            foreach (var (k, v) in ms)
            {
                delen[k].Add(v);
            }
            rijen = r;
        }

        // The app runs in nl-NL; the report is read as English markdown.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        Console.WriteLine($"## Dashboard over a year — {provider}, {DateTime.Now:yyyy-MM-dd HH:mm}");
        Console.WriteLine();
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {load}, {rondes} rondes (plus one warm-up), {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"app start (migrate + demo data) {opstartDuur.TotalSeconds:F1} s." +
            (metIndex ? " **With --met-evaluatie-index: an index on Evaluaties(OndersteuningsplanId) made by hand (not in the app's model).**" : ""));
        Console.WriteLine();
        Console.WriteLine("| filled (West) | count | time |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| active channel members | {vulling.Leden} | {vulling.LedenDuur.TotalSeconds:F1} s |");
        Console.WriteLine($"| adviesvragen in the last 365 days / reacties / of which offers | {vulling.Vragen:N0} / {vulling.Reacties:N0} / {vulling.Aanbiedingen:N0} | {vulling.VragenDuur.TotalSeconds:F1} s |");
        Console.WriteLine($"| casussen / stapwissels / evaluaties | {vulling.Casussen:N0} / {vulling.Wissels:N0} / {vulling.Evaluaties:N0} | {vulling.CasussenDuur.TotalSeconds:F1} s |");
        Console.WriteLine();
        Console.WriteLine($"Year {jaar.Van:yyyy-MM-dd} t/m {jaar.Tot:yyyy-MM-dd}: {cijfersJaar.Reacties.Geplaatst:N0} vragen, {cijfersJaar.Weken.Count} weeks, " +
            $"{cijfersJaar.Organisaties.Count} organisations, {cijfersJaar.Evaluaties[0].Aantal:N0} evaluaties, {cijfersJaar.Stroom.Maanden.Count} months, " +
            $"{cijfersJaar.Reacties.OpenVragen.Count} open. Month {maand.Van:yyyy-MM-dd} t/m {maand.Tot:yyyy-MM-dd}: {cijfersMaand.Reacties.Geplaatst:N0} vragen.");
        Console.WriteLine($"HTML: tables + charts {htmlInhoudMaand / 1024} KB (month) / {htmlInhoudJaar / 1024} KB (year); DashboardPagina {htmlPaginaMaand / 1024} KB / {htmlPaginaJaar / 1024} KB.");
        Console.WriteLine();
        Console.WriteLine("| measurement | p50 | p95 | max | note |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (naam, ms, opmerking) in metingen)
        {
            Console.WriteLine($"| {naam} | {Ms(P(ms, 0.5))} | {Ms(P(ms, 0.95))} | {Ms(ms[^1])} | {opmerking} |");
        }
        foreach (var (naam, ms, m) in exports)
        {
            Console.WriteLine($"| {naam} | {Ms(P(ms, 0.5))} | {Ms(P(ms, 0.95))} | {Ms(ms[^1])} | {m.Bytes / 1024:N0} KB written; {m.Toegewezen / 1048576.0:F1} MiB allocated; heap peak +{m.PiekGroei / 1048576.0:F1} MiB{(m.Levend is { } l ? $", live at most +{l / 1048576.0:F2} MiB (full GC every 64 KB)" : "")} |");
        }
        Console.WriteLine();
        Console.WriteLine("Breakdown of CijfersAsync for the year (the same reads and statistics, timed one by one):");
        Console.WriteLine();
        Console.WriteLine("| part | rows | p50 | p95 |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (naam, ms) in delen)
        {
            ms.Sort();
            Console.WriteLine($"| {naam} | {(rijen.TryGetValue(naam, out var n) ? n.ToString("N0") : "")} | {Ms(P(ms, 0.5))} | {Ms(P(ms, 0.95))} |");
        }
        if (postgres is null && args.Contains("--bewaar"))
        {
            Console.WriteLine();
            Console.WriteLine($"SQLite file kept: {Path.Combine(map, "bench.db")}");
        }
        else
        {
            Directory.Delete(map, recursive: true);
        }
    }

    private static int Argument(string[] args, string naam, int standaard) =>
        args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault() is { } w && int.TryParse(w, out var v) ? v : standaard;

    /// <summary>One warm-up call, then <paramref name="rondes"/> timed calls; sorted milliseconds.</summary>
    private static async Task<List<double>> MeetAsync(int rondes, Func<Task> actie)
    {
        await actie();
        var tijden = new List<double>();
        for (var i = 0; i < rondes; i++)
        {
            var sw = Stopwatch.StartNew();
            await actie();
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }
        tijden.Sort();
        return tijden;
    }

    /// <summary>Nearest rank, as the dashboard itself counts (with 10 rounds p95 is the slowest).</summary>
    private static double P(List<double> gesorteerd, double p) => gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count), 1, gesorteerd.Count) - 1];

    private static string Ms(double ms) => ms >= 1000 ? $"{ms / 1000:F2} s" : $"{ms:F1} ms";
}

/// <summary>
/// One export: time, bytes written, and the managed heap — the peak above a compacted baseline, sampled every
/// millisecond on another thread, and the bytes allocated (whole process; nothing else runs meanwhile).
/// </summary>
internal sealed record ExportMeting(double Ms, long Bytes, long PiekGroei, long Toegewezen, long? Levend = null)
{
    /// <param name="peilen">Also force a full collection every 64 KB written and keep the largest live heap (slow; not timed).</param>
    public static async Task<ExportMeting> MeetAsync(Func<Stream, Task> schrijf, bool peilen)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var basis = GC.GetTotalMemory(forceFullCollection: true);
        var toegewezen = GC.GetTotalAllocatedBytes(precise: true);
        var piek = basis;
        var klaar = false;
        var bemonsteraar = new Thread(() =>
        {
            while (!Volatile.Read(ref klaar))
            {
                var nu = GC.GetTotalMemory(forceFullCollection: false);
                if (nu > Interlocked.Read(ref piek))
                {
                    Interlocked.Exchange(ref piek, nu);
                }
                Thread.Sleep(1);
            }
        })
        { IsBackground = true };
        bemonsteraar.Start();
        var levend = (long?)null;
        var uit = new TelStroom(peilen ? () => levend = Math.Max(levend ?? 0, GC.GetTotalMemory(forceFullCollection: true) - basis) : null);
        var sw = Stopwatch.StartNew();
        await schrijf(uit);
        var ms = sw.Elapsed.TotalMilliseconds;
        Volatile.Write(ref klaar, true);
        bemonsteraar.Join();
        return new ExportMeting(ms, uit.Length, Math.Max(0, Math.Max(piek, GC.GetTotalMemory(false)) - basis),
            GC.GetTotalAllocatedBytes(precise: true) - toegewezen, levend);
    }
}

/// <summary>A response body that keeps nothing: it counts the bytes (and calls <paramref name="elke64KB"/> every 64 KB).</summary>
internal sealed class TelStroom(Action? elke64KB = null) : Stream
{
    private long _lengte;
    private long _volgendePeiling = 64 * 1024;

    private void Tel(int aantal)
    {
        _lengte += aantal;
        if (elke64KB is not null && _lengte >= _volgendePeiling)
        {
            _volgendePeiling += 64 * 1024;
            elke64KB();
        }
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _lengte;
    public override long Position { get => _lengte; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Tel(count);
    public override void Write(ReadOnlySpan<byte> buffer) => Tel(buffer.Length);
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Tel(buffer.Length);
        return ValueTask.CompletedTask;
    }
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Tel(count);
        return Task.CompletedTask;
    }
}
