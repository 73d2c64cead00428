using System.Diagnostics;
using Dagbesteding.Portal.Bench.Gedeeld;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench.Casusbord;

// Casusbord benchmark: one stadsdeel with N casussen (default 5,000) on a fresh SQLite file (or PostgreSQL with
// --postgres "<connection string>"). Measures the board query (counts per column + the first 25 cards of every
// column), loading one more page of a column, and the server-side HTML render of the board's columns and cards.
// Usage: dotnet run -c Release --project bench/Dagbesteding.Portal.Bench.Casusbord -- [--casussen 5000] [--rondes 30]
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var casussen = Argument(args, "--casussen", 5000);
        var rondes = Argument(args, "--rondes", 30);
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();

        BenchApp.ZetContentRoot();
        var map = Directory.CreateTempSubdirectory("dagbesteding-bench-").FullName;
        await using var app = new BenchFactory(postgres, Path.Combine(map, "bench.db"));
        _ = app.Server;
        var services = app.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        int west;
        Actor actor;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
            var regievoerder = await db.Users.Where(u => u.Email == "regievoerder.west@example.org").Select(u => new { u.Id, u.MedewerkerId }).SingleAsync();
            actor = new Actor(regievoerder.MedewerkerId!.Value, regievoerder.Id, ["Regievoerder", "Netwerklid"]);
            var regievoerders = await db.Medewerkers.Where(m => m.Organisatie!.Type == OrganisatieType.Buurtteamorganisatie && m.Organisatie.StadsdeelId == west).Select(m => m.Id).ToListAsync();
            var aanbieders = await db.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder).Select(o => o.Id).ToListAsync();
            var buurtteam = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId == west).Select(o => o.Id).FirstAsync();
            var bestaand = await db.Casussen.CountAsync(c => c.StadsdeelId == west);
            var random = new Random(2026);
            var nu = DateTimeOffset.UtcNow;
            var stappen = Enum.GetValues<WerkprocesStap>();
            var stopwatch = Stopwatch.StartNew();
            for (var i = bestaand; i < casussen; i++)
            {
                var stap = stappen[random.Next(stappen.Length)];
                var start = DateOnly.FromDateTime(nu.AddDays(-random.Next(0, 400)).UtcDateTime);
                var casus = new Casus
                {
                    StadsdeelId = west,
                    Kenmerk = $"BENCH-{i:D6}",
                    Stap = stap,
                    InStapSinds = nu.AddDays(-random.Next(0, 200)),
                    AangemaaktOp = nu.AddDays(-random.Next(200, 600)),
                    RegievoerderId = regievoerders[random.Next(regievoerders.Count)],
                    AanbiederId = aanbieders[random.Next(aanbieders.Count)],
                    AangemaaktDoorOrganisatieId = buurtteam,
                    Perceel = (Perceel)random.Next(1, 4),
                    Spoed = random.NextDouble() < 0.1,
                    TijdelijkGestopt = stap == WerkprocesStap.LeverenInzet && random.NextDouble() < 0.05,
                };
                if (stap >= WerkprocesStap.Ondersteuningsplan && stap != WerkprocesStap.Gestopt)
                {
                    casus.Ondersteuningsplan = new Ondersteuningsplan
                    {
                        Perceel = casus.Perceel.Value,
                        AanbiederId = casus.AanbiederId,
                        Startdatum = start,
                        Evaluatiedatum = Ondersteuningsplan.StandaardEvaluatiedatum(start),
                        Status = stap >= WerkprocesStap.Beschikken ? PlanStatus.Akkoord : PlanStatus.Concept,
                        ToestemmingGegevenOp = nu.AddDays(-random.Next(0, 400)),
                    };
                }
                db.Casussen.Add(casus);
                if (i % 1000 == 999)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }
            await db.SaveChangesAsync();
            Console.WriteLine($"Opgezet: {await db.Casussen.CountAsync(c => c.StadsdeelId == west)} casussen in West ({stopwatch.ElapsedMilliseconds} ms), provider {(postgres is null ? "SQLite" : "PostgreSQL")}");
        }

        var service = services.GetRequiredService<CasusService>();
        await service.BordAsync(actor, west, BordFilter.Geen); // warm-up
        var query = Meet(rondes, () => service.BordAsync(actor, west, BordFilter.Geen));
        var gefilterd = Meet(rondes, () => service.BordAsync(actor, west, new BordFilter(Spoed: true, Perceel: Perceel.Meedoen)));
        var meer = Meet(rondes, () => service.MeerAsync(actor, west, BordFilter.Geen, WerkprocesStap.LeverenInzet, 25));

        var bord = (await service.BordAsync(actor, west, BordFilter.Geen))!;
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var lengte = 0;
        var render = Meet(rondes, () => renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = await renderer.RenderComponentAsync<BordWeergave>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Bord"] = bord }));
            lengte = html.ToHtmlString().Length;
        }));
        var samen = Meet(rondes, () => renderer.Dispatcher.InvokeAsync(async () =>
        {
            var vers = await service.BordAsync(actor, west, BordFilter.Geen);
            var html = await renderer.RenderComponentAsync<BordWeergave>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Bord"] = vers }));
            lengte = html.ToHtmlString().Length;
        }));

        Console.WriteLine($"Kaarten op het bord: {bord.Kolommen.Sum(k => k.Kaarten.Count)} van {bord.Kolommen.Sum(k => k.Aantal)}; HTML {lengte / 1024} KB");
        Console.WriteLine($"{"meting",-38} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        Toon("bordquery (aantallen + 9×25 kaarten)", query);
        Toon("bordquery met filter (spoed, perceel)", gefilterd);
        Toon("meer laden (25 kaarten, één kolom)", meer);
        Toon("render kolommen + kaarten (HTML)", render);
        Toon("query + render samen", samen);
        Directory.Delete(map, recursive: true);
    }

    private static int Argument(string[] args, string naam, int standaard) =>
        args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault() is { } w && int.TryParse(w, out var v) ? v : standaard;

    private static List<double> Meet(int rondes, Func<Task> actie)
    {
        var tijden = new List<double>();
        for (var i = 0; i < rondes; i++)
        {
            var sw = Stopwatch.StartNew();
            actie().GetAwaiter().GetResult();
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }
        tijden.Sort();
        return tijden;
    }

    private static void Toon(string naam, List<double> tijden) =>
        Console.WriteLine($"{naam,-38} {tijden[tijden.Count / 2],8:F1} {tijden[(int)Math.Ceiling(tijden.Count * 0.95) - 1],8:F1} {tijden[^1],8:F1}");
}
