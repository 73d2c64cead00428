using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Productie;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// kill -9 at random moments while two members work through the real pages: a regievoerder posts questions and decides,
/// an aanbieder replies with an offer. The portal runs as its own process and is killed and restarted three times.
/// Afterwards every question, reply and decision whose author saw it acknowledged is stored exactly once, nothing is
/// stored twice, and the evaluations that came due while the portal was down (and during the kills) are open — each
/// opened once. On the embedded default (SQLite file) and on PostgreSQL with Hangfire on PostgreSQL.
/// </summary>
[Collection(EchteProcessenCollection.Naam)]
public sealed partial class KillNegenTests(ITestOutputHelper uitvoer) : IAsyncLifetime
{
    private const int Rondes = 3;
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-kill-").FullName;
    private readonly string _pgDatabase = $"dagbesteding_kill_{Guid.NewGuid():N}";
    private readonly int _poort = PortalProces.VrijePoort();
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await ProcesNode.StartChromiumAsync(_playwright);
    }

    [Fact]
    public Task Sqlite_NothingAcknowledgedIsLostOrDoubled_AndDueEvaluationsOpenOnce() => KillEnHerstartAsync(new Dictionary<string, string>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteFile"] = Path.Combine(_map, "portal.db"),
    }, zaad: 11);

    [Fact]
    public Task PostgreSql_NothingAcknowledgedIsLostOrDoubled_AndDueEvaluationsOpenOnce() => KillEnHerstartAsync(new Dictionary<string, string>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:PostgreSqlConnectionString"] = $"{ProcesNode.PostgreSqlServer};Database={_pgDatabase}",
        ["Hangfire:Storage"] = "PostgreSql",
    }, zaad: 12);

    private sealed record Bevestigd(string Soort, string Kenmerk, int VraagId);

    private static int Aantal(List<Bevestigd> bevestigd)
    {
        lock (bevestigd)
        {
            return bevestigd.Count;
        }
    }

    private static void Voeg(List<Bevestigd> bevestigd, Bevestigd stap)
    {
        lock (bevestigd)
        {
            bevestigd.Add(stap);
        }
    }

    private async Task KillEnHerstartAsync(Dictionary<string, string> database, int zaad)
    {
        var toeval = new Random(zaad);
        ProcesNode.Zaai(database);
        // The portal was down when these evaluations came due: nobody opened them.
        var achterstallig = await MetDatabaseAsync(database, db => ZetEvaluatiesDichtAsync(db, 15));
        Assert.NotEmpty(achterstallig);

        var instellingen = new Dictionary<string, string>(ProcesNode.BrowserInstellingen.Concat(database));
        var bevestigd = new List<Bevestigd>();
        IPage? vrager = null;
        IPage? aanbieder = null;
        for (var ronde = 1; ronde <= Rondes; ronde++)
        {
            await using var portal = await ProcesNode.StartGereedAsync(_poort, instellingen);
            vrager ??= await ProcesNode.IngelogdAsync(_browser, _poort, "regievoerder.west@example.org");
            aanbieder ??= await ProcesNode.IngelogdAsync(_browser, _poort, "aanbieder.west@example.org");
            using var stop = new CancellationTokenSource();
            var voor = Aantal(bevestigd);
            var werk = WerkAsync(vrager, aanbieder, bevestigd, stop.Token);
            // A random moment after this round's first acknowledged step: between any two steps of the loop, or in one.
            var tot = DateTime.UtcNow.AddSeconds(90);
            while (Aantal(bevestigd) == voor && !werk.IsCompleted)
            {
                Assert.True(DateTime.UtcNow < tot, $"Ronde {ronde}: na 90 s nog niets bevestigd.");
                await Task.Delay(100);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(toeval.Next(0, 4000)));
            await portal.StuurSignaalAsync("KILL");
            Assert.True(await portal.WachtOpEindeAsync(TimeSpan.FromSeconds(10)), "De portal leeft nog na kill -9.");
            await stop.CancelAsync();
            await werk;
            uitvoer.WriteLine($"ronde {ronde}: {bevestigd.Count} bevestigd tot nu toe");
        }

        await using (var laatste = await ProcesNode.StartGereedAsync(_poort, instellingen))
        {
            await MetDatabaseAsync(database, async db =>
            {
                foreach (var b in bevestigd.Where(b => b.Soort == "vraag"))
                {
                    Assert.Equal(1, await db.Adviesvragen.CountAsync(v => v.Vraag.Contains(b.Kenmerk)));
                }
                foreach (var b in bevestigd.Where(b => b.Soort == "reactie"))
                {
                    Assert.Equal(1, await db.Reacties.CountAsync(r => r.AdviesvraagId == b.VraagId && r.Tekst.Contains(b.Kenmerk)));
                }
                foreach (var b in bevestigd.Where(b => b.Soort == "besluit"))
                {
                    Assert.Equal(AdviesvraagStatus.Besloten, await db.Adviesvragen.Where(v => v.Id == b.VraagId).Select(v => v.Status).SingleAsync());
                }
                // Nothing twice, acknowledged or not: every question of this test has its own kenmerk.
                var kenmerken = await db.Adviesvragen.Where(v => v.Vraag.Contains("kill-kenmerk")).Select(v => v.Vraag).ToListAsync();
                Assert.Equal(kenmerken.Count, kenmerken.Distinct().Count());
                var reacties = await db.Reacties.Where(r => r.Tekst.Contains("kill-kenmerk")).Select(r => r.Tekst).ToListAsync();
                Assert.Equal(reacties.Count, reacties.Distinct().Count());
                return 0;
            });
            // The sentinel: each round acknowledged at least one step, so the checks above had something to find.
            Assert.True(bevestigd.Count >= Rondes, $"Te weinig bevestigd om iets te bewijzen: {bevestigd.Count}.");

            // The evaluations that were due are opened by the reconcile after the (last) start, each exactly once.
            var tot = DateTime.UtcNow.AddSeconds(60);
            while (await MetDatabaseAsync(database, db => db.Evaluaties.CountAsync(e => achterstallig.Contains(e.Id) && e.GeopendOp == null)) > 0)
            {
                Assert.True(DateTime.UtcNow < tot, "Na 60 s zijn niet alle achterstallige evaluaties geopend.");
                await Task.Delay(500);
            }
            var geopendPerCasus = await MetDatabaseAsync(database, db => db.CasusGebeurtenissen
                .Where(g => g.Omschrijving.StartsWith("Evaluatie gestart"))
                .GroupBy(g => new { g.CasusId, g.Omschrijving }).Where(g => g.Count() > 1).Select(g => g.Key.CasusId).ToListAsync());
            Assert.Empty(geopendPerCasus);
        }
        uitvoer.WriteLine($"{bevestigd.Count(b => b.Soort == "vraag")} vragen, {bevestigd.Count(b => b.Soort == "reactie")} reacties, {bevestigd.Count(b => b.Soort == "besluit")} besluiten bevestigd; {achterstallig.Count} evaluaties achterstallig");
    }

    /// <summary>Question, offer, decision, as long as the portal answers; only what the page confirmed counts.</summary>
    private async Task WerkAsync(IPage vragerPagina, IPage aanbiederPagina, List<Bevestigd> bevestigd, CancellationToken stop)
    {
        var vrager = new NetwerkPage(vragerPagina);
        var aanbieder = new NetwerkPage(aanbiederPagina);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var kenmerk = $"kill-kenmerk {Guid.NewGuid():N}"[..26];
                await vrager.StelVraagAsync("27–45 jaar", $"Wie heeft plek voor iemand die graag kookt? {kenmerk}.");
                await Expect(vragerPagina).ToHaveURLAsync(VraagAdres(), new() { Timeout = 5_000 });
                var id = int.Parse(vragerPagina.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
                Voeg(bevestigd, new Bevestigd("vraag", kenmerk, id));

                await aanbiederPagina.GotoAsync($"/netwerk/vragen/{id}");
                await new ShellPage(aanbiederPagina).WachtOpInteractiefAsync();
                await aanbieder.ReageerMetAanbodAsync($"Wij hebben plek in de keuken. {kenmerk}", 2);
                await Expect(aanbieder.Reacties.Filter(new() { HasText = kenmerk })).ToBeVisibleAsync(new() { Timeout = 5_000 });
                Voeg(bevestigd, new Bevestigd("reactie", kenmerk, id));

                await Expect(vrager.Reacties.Filter(new() { HasText = kenmerk })).ToBeVisibleAsync(new() { Timeout = 5_000 });
                await vrager.BesluitAsync("Aanbod van De Houtloods", "Na een proefdag gekozen voor deze plek.");
                await Expect(vrager.Besluit).ToContainTextAsync("gekozen voor het aanbod", new() { Timeout = 5_000 });
                Voeg(bevestigd, new Bevestigd("besluit", kenmerk, id));
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The portal died under the pages: what was confirmed before this is what must survive.
            uitvoer.WriteLine($"werk gestopt na {Aantal(bevestigd)} stappen: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Opened evaluations of accepted plans, not finished, due by now: closed again, as if the portal had been down.</summary>
    private static async Task<List<int>> ZetEvaluatiesDichtAsync(PortalDbContext db, int aantal)
    {
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var ids = await db.Evaluaties
            .Where(e => e.GeopendOp != null && e.AfgerondOp == null && e.StartOp <= vandaag && e.Ondersteuningsplan!.Status == PlanStatus.Akkoord
                && e.Ondersteuningsplan.Casus!.Stap != WerkprocesStap.Gestopt)
            .OrderBy(e => e.Id).Select(e => e.Id).Take(aantal).ToListAsync();
        await db.Evaluaties.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.GeopendOp, (DateTimeOffset?)null));
        return ids;
    }

    private static async Task<T> MetDatabaseAsync<T>(IReadOnlyDictionary<string, string> database, Func<PortalDbContext, Task<T>> werk)
    {
        var opties = new DbContextOptionsBuilder<PortalDbContext>();
        if (database["Database:Provider"] == "Sqlite")
        {
            opties.UseSqliteFile(database["Database:SqliteFile"]);
        }
        else
        {
            opties.UsePortalPostgreSql(database["Database:PostgreSqlConnectionString"]);
        }
        await using var db = new PortalDbContext(opties.Options);
        return await werk(db);
    }

    [GeneratedRegex(@"/netwerk/vragen/\d+$")]
    private static partial Regex VraagAdres();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
        await TestPostgreSql.VerwijderAsync(_pgDatabase);
    }
}
