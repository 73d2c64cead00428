using System.Diagnostics;
using Dagbesteding.Portal.Bench.Gedeeld;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench.Meldingen;

// Meldingen benchmark (issue 14): posting a question now stores one melding per other member of the channel in the
// poster's transaction, and the delivery job plans each one. Measures AdviesvraagService.PlaatsAsync in channels of
// growing size (baseline: the smallest), and one run of MeldingBezorgJob that plans the meldingen of those posts
// (no devices, e-mail off: planning only; sending is bounded by the push services and the mail server).
// Usage: dotnet run -c Release --project bench/Dagbesteding.Portal.Bench.Meldingen -- [--rondes 30] [--postgres "<conn>"]
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var rondes = Math.Max(3, Argument(args, "--rondes", 30));
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        BenchApp.ZetContentRoot();
        var map = Directory.CreateTempSubdirectory("dagbesteding-meldingbench-").FullName;
        await using var app = new BenchFactory(postgres, Path.Combine(map, "bench.db"));
        _ = app.Server;
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        Console.WriteLine($"| members of the channel | PlaatsAsync p50 ms | p95 ms | ratio p50 to the smallest | meldingen stored per post |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        double? basis = null;
        var kanalen = new[] { ("Noord", 0), ("Oost", 50), ("Zuid", 200), ("Zuidoost", 500) };
        var totaalMeldingen = 0;
        foreach (var (stadsdeel, extra) in kanalen)
        {
            var (actor, stadsdeelId, leden) = await KanaalAsync(dbFactory, stadsdeel, extra);
            var ms = new List<double>();
            for (var i = 0; i < rondes + 3; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var vragen = scope.ServiceProvider.GetRequiredService<AdviesvraagService>();
                var klok = Stopwatch.StartNew();
                var uitkomst = await vragen.PlaatsAsync(actor, new NieuweAdviesvraag
                {
                    StadsdeelId = stadsdeelId,
                    Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                    WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
                    GewenstPerceel = Perceel.Meedoen,
                    Vraag = $"Benchmarkvraag {i}: wie heeft plek voor iemand die graag buiten werkt, twee dagen per week?",
                });
                klok.Stop();
                if (!uitkomst.Gelukt)
                {
                    throw new InvalidOperationException(uitkomst.Fout);
                }
                if (i >= 3)
                {
                    ms.Add(klok.Elapsed.TotalMilliseconds);
                }
            }
            totaalMeldingen += (rondes + 3) * (leden - 1);
            var p50 = Percentiel(ms, 0.5);
            basis ??= p50;
            Console.WriteLine($"| {leden} | {p50:F1} | {Percentiel(ms, 0.95):F1} | {p50 / basis:F2} | {leden - 1} |");
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<MeldingBezorgJob>();
            var klok = Stopwatch.StartNew();
            var run = await job.UitvoerenAsync(CancellationToken.None);
            klok.Stop();
            Console.WriteLine();
            Console.WriteLine($"MeldingBezorgJob planned {run.Verdeeld} meldingen (expected {totaalMeldingen}) in {klok.Elapsed.TotalMilliseconds:F0} ms: " +
                $"{klok.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, run.Verdeeld):F0} µs per melding.");
        }
        Directory.Delete(map, recursive: true);
    }

    /// <summary>The channel of a stadsdeel with <paramref name="extra"/> generated members added; a member who posts.</summary>
    private static async Task<(Actor, int, int)> KanaalAsync(IDbContextFactory<PortalDbContext> dbFactory, string stadsdeel, int extra)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var kanaal = await db.Kanalen.SingleAsync(k => k.Stadsdeel!.Naam == stadsdeel);
        var organisatie = await db.Organisaties.OrderBy(o => o.Id).FirstAsync(o => o.Type == OrganisatieType.Aanbieder);
        for (var i = 0; i <= extra; i++)
        {
            db.Lidmaatschappen.Add(new Lidmaatschap
            {
                KanaalId = kanaal.Id,
                Vanaf = DateTimeOffset.UtcNow.AddDays(-30),
                Medewerker = new Medewerker
                {
                    OrganisatieId = organisatie.Id,
                    Naam = $"Bench {stadsdeel} {i}",
                    Email = $"bench.{stadsdeel.ToLowerInvariant()}.{i}@example.org",
                    Functie = Functie.AanbiederContactpersoon,
                },
            });
        }
        await db.SaveChangesAsync();
        var poster = await db.Lidmaatschappen.Where(l => l.KanaalId == kanaal.Id && l.Medewerker!.Naam == $"Bench {stadsdeel} 0").Select(l => l.MedewerkerId).SingleAsync();
        var leden = await db.Lidmaatschappen.CountAsync(l => l.KanaalId == kanaal.Id && l.AfgemeldOp == null && l.Medewerker!.Actief);
        return (new Actor(poster, null, [Rollen.Netwerklid]), kanaal.StadsdeelId, leden);
    }

    private static double Percentiel(List<double> waarden, double p)
    {
        var gesorteerd = waarden.Order().ToList();
        return gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
    }

    private static int Argument(string[] args, string naam, int standaard) =>
        args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault() is { } waarde && int.TryParse(waarde, out var getal) ? getal : standaard;
}
