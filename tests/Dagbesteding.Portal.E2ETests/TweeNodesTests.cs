using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Productie;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// Two portal nodes as an operator runs them — two processes on one PostgreSQL database, live updates and the key ring
/// through Redis — and real browser pages on each. Node A dies with kill -9 while a member posts through node B: the post
/// is stored once, B's pages keep getting live updates, and A's page, once A is back, shows what was posted while it
/// was gone. Needs the PostgreSQL and Redis servers the test script starts.
/// </summary>
[Collection(EchteProcessenCollection.Naam)]
public sealed partial class TweeNodesTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_nodes_{Guid.NewGuid():N}";
    private readonly string _voorvoegsel = $"dagbesteding-nodes-{Guid.NewGuid():N}";
    private readonly int _poortA = PortalProces.VrijePoort();
    private readonly int _poortB = PortalProces.VrijePoort();
    private PortalProces _a = default!;
    private PortalProces _b = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    private string Database => $"{ProcesNode.PostgreSqlServer};Database={_database}";

    public async Task InitializeAsync()
    {
        ProcesNode.Zaai(new Dictionary<string, string> { ["Database:Provider"] = "PostgreSql", ["Database:PostgreSqlConnectionString"] = Database });
        _a = await StartNodeAsync(_poortA);
        _b = await StartNodeAsync(_poortB);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await ProcesNode.StartChromiumAsync(_playwright);
    }

    [Fact]
    public async Task NodeKilledWhileAMemberPostsThroughTheOther_NothingLost_TheOtherKeepsLive_AndTheRestartedNodesPageCatchesUp()
    {
        var kenmerk = $"kenmerk {Random.Shared.Next(100_000, 1_000_000)}";
        var opA = await PaginaAsync(_poortA, "netwerkmanager.west@example.org");
        var feedA = new NetwerkPage(opA);
        await feedA.OpenFeedAsync();
        var opB = await PaginaAsync(_poortB, "aanbieder.west@example.org");
        var feedB = new NetwerkPage(opB);
        await feedB.OpenFeedAsync();
        var vragerPagina = await PaginaAsync(_poortB, "regievoerder.west@example.org");

        await _a.StuurSignaalAsync("KILL");
        Assert.True(await _a.WachtOpEindeAsync(TimeSpan.FromSeconds(10)), "Node A leeft nog na kill -9.");

        await new NetwerkPage(vragerPagina).StelVraagAsync("27–45 jaar", $"Wie heeft plek voor een vrouw van 40 die graag kookt? {kenmerk}.");
        // Acknowledged: the asker's page went on to the stored question.
        await Expect(vragerPagina).ToHaveURLAsync(VraagAdres(), new() { Timeout = 5_000 });
        await Expect(feedB.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 2_000 });
        Assert.Equal(1, await AantalVragenAsync(kenmerk));

        // A comes back on its address; the page that was open on it reconnects, finds its circuit gone with the old
        // process and loads again — with the question that was posted while A was down.
        await _a.DisposeAsync();
        _a = await StartNodeAsync(_poortA);
        await Expect(feedA.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(opA).ToHaveURLAsync(new Regex("/netwerk$"));
        // The card above can be the prerendered page; live updates need the page's new circuit on the restarted A.
        await new ShellPage(opA).WachtOpInteractiefAsync();

        // And live again through A: a reply posted on B reaches A's reloaded page without a reload of its own.
        var tweede = $"kenmerk {Random.Shared.Next(100_000, 1_000_000)}";
        await new NetwerkPage(vragerPagina).StelVraagAsync("27–45 jaar", $"Wie heeft plek voor een man van 33 die graag fietst? {tweede}.");
        await Expect(feedA.Kaart(tweede)).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(feedB.Kaart(tweede)).ToBeVisibleAsync(new() { Timeout = 2_000 });
        Assert.Equal(1, await AantalVragenAsync(kenmerk));
    }

    private Task<IPage> PaginaAsync(int poort, string email) => ProcesNode.IngelogdAsync(_browser, poort, email);

    private async Task<long> AantalVragenAsync(string kenmerk)
    {
        await using var verbinding = new Npgsql.NpgsqlConnection(Database);
        await verbinding.OpenAsync();
        await using var telling = new Npgsql.NpgsqlCommand("""SELECT count(*) FROM "Adviesvragen" WHERE "Vraag" LIKE @tekst""", verbinding);
        telling.Parameters.AddWithValue("tekst", $"%{kenmerk}%");
        return (long)(await telling.ExecuteScalarAsync())!;
    }

    private Task<PortalProces> StartNodeAsync(int poort) => ProcesNode.StartGereedAsync(poort, new Dictionary<string, string>(ProcesNode.BrowserInstellingen)
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:PostgreSqlConnectionString"] = Database,
        ["Hangfire:Storage"] = "PostgreSql",
        ["Realtime:Redis"] = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") ?? "127.0.0.1:56379",
        ["Realtime:RedisVoorvoegsel"] = _voorvoegsel,
        ["Realtime:RelaySleutel"] = "de-relaysleutel-van-de-twee-nodes-test",
    });

    [GeneratedRegex(@"/netwerk/vragen/\d+$")]
    private static partial Regex VraagAdres();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await TestPostgreSql.VerwijderAsync(_database);
    }
}
