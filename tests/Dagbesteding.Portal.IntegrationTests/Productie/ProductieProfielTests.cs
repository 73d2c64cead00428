using System.Collections.Concurrent;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// The production profile: PostgreSQL, Hangfire on PostgreSQL and Redis for scale-out, with two app nodes on
/// one database. Needs real PostgreSQL and Redis servers (the test script starts both; without them these
/// tests fail rather than skip).
/// </summary>
public sealed class ProductieProfielTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_prod_{Guid.NewGuid():N}";
    private Node _a = default!;
    private Node _b = default!;
    private string _databaseVerbinding = default!;
    private string _certificaat = default!;

    public static string Redis => Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") ?? "127.0.0.1:56379";

    /// <summary>The relay secret both nodes share (a test value; production takes it from the environment).</summary>
    public const string RelaySleutel = "de-relaysleutel-van-deze-test-met-genoeg-tekens";

    // Own keys and channels: other runs on the same Redis neither read nor disturb these nodes.
    private readonly string _voorvoegsel = $"dagbesteding-test-{Guid.NewGuid():N}";
    private readonly string _certificaatMap = Directory.CreateTempSubdirectory("dagbesteding-cert-").FullName;

    public Task InitializeAsync()
    {
        _databaseVerbinding = $"{PostgreSqlPortalFactory.ServerConnectionString};Database={_database}";
        _certificaat = TestCertificaat.MaakPfx(_certificaatMap, "sleutelring-wachtwoord");
        _a = new Node(_databaseVerbinding, _voorvoegsel, _certificaat);
        _ = _a.Server; // migrates and seeds first
        _b = new Node(_databaseVerbinding, _voorvoegsel, _certificaat);
        _ = _b.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task QuestionPostedOnOneNode_ReachesTheCircuitsOfTheOtherNode_ThroughRedis()
    {
        var westKanaal = await _b.KanaalIdAsync("West");
        using var opB = new LiveOntvanger<KanaalGebeurtenis>(_b.Services, LiveSleutel.Kanaal(westKanaal));

        var actor = await _a.ActorAsync("regievoerder.west@example.org");
        var west = await _a.StadsdeelIdAsync("West");
        var uitkomst = await _a.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, new NieuweAdviesvraag
        {
            StadsdeelId = west,
            Leeftijdscategorie = Leeftijdscategorie.Van18Tot27,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Wie heeft plek voor iemand van 21 die graag buiten werkt? Meewerken.",
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);

        var gebeurtenis = await opB.WachtOpAsync(g => g.AdviesvraagId == uitkomst.Waarde, seconden: 5);
        Assert.Equal(KanaalGebeurtenisSoort.NieuweVraag, gebeurtenis.Soort);
        // The relay carries the same event shape, card included: node B's feeds need no read of their own.
        Assert.Equal(uitkomst.Waarde, gebeurtenis.Kaart!.Id);
    }

    /// <summary>
    /// Node B has its calendar cached (for ten minutes) when the Beheerder adds a closure day on node A: without the
    /// relayed event B would count that day as a working day until its cache expires.
    /// </summary>
    [Fact]
    public async Task ClosureDayAddedOnOneNode_CountsOnTheOtherNodeAtOnce()
    {
        var kalenderB = _b.Services.GetRequiredService<WerkdagKalenderProvider>();
        var dag = DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(40);
        while (!(await kalenderB.KalenderAsync()).IsWerkdag(dag))
        {
            dag = dag.AddDays(1);
        }

        var beheerder = await _a.ActorAsync("beheerder@example.org");
        var resultaat = await _a.MetServiceAsync<SluitingsdagService, SluitingsdagResultaat>(s => s.ToevoegenAsync(beheerder, dag, "Studiedag van het netwerk"));
        Assert.Empty(resultaat.Fouten);

        var tot = DateTime.UtcNow.AddSeconds(5);
        while ((await kalenderB.KalenderAsync()).IsWerkdag(dag))
        {
            Assert.True(DateTime.UtcNow < tot, $"Node B telt {dag:yyyy-MM-dd} na 5 s nog als werkdag.");
            await Task.Delay(50);
        }
        Assert.True((await kalenderB.KalenderAsync()).IsSluitingsdag(dag));
    }

    /// <summary>
    /// "Ook aan het kijken" across nodes. The nodes' heartbeat is a minute here (<see cref="Node"/>), so what shows or
    /// goes within seconds was sent because the viewers changed, not found by a heartbeat or an expiry.
    /// </summary>
    [Fact]
    public async Task ViewerOfABoardOnOneNode_IsShownOnTheOtherNode_OnlyOnThatBoard_AndGoesWhenTheyLeave()
    {
        var west = await _a.StadsdeelIdAsync("West");
        var oost = await _a.StadsdeelIdAsync("Oost");
        var opA = _a.Services.GetRequiredService<BordAanwezigheid>();
        var opB = _b.Services.GetRequiredService<BordAanwezigheid>();

        var willem = opA.Kijk(west, 9001, "Willem West");
        // Oost's viewer is the sentinel: once B shows it, B has heard A about Oost, and Willem is not among them.
        using var olga = opA.Kijk(oost, 9002, "Olga Oost");

        await WachtTotAsync(() => opB.Kijkers(west, 1) is ["Willem West"] && opB.Kijkers(oost, 1) is ["Olga Oost"],
            () => $"Node B toont West: [{string.Join(", ", opB.Kijkers(west, 1))}], Oost: [{string.Join(", ", opB.Kijkers(oost, 1))}].");
        Assert.Equal(["Olga Oost"], opB.Kijkers(oost, 1));
        // The viewer is not told about themself, whichever node their other tab is on.
        Assert.Empty(opB.Kijkers(west, behalveMedewerkerId: 9001));

        willem.Dispose();

        await WachtTotAsync(() => opB.Kijkers(west, 1) is [], () => $"Node B toont na het vertrek nog: [{string.Join(", ", opB.Kijkers(west, 1))}].");
        Assert.Equal(["Olga Oost"], opB.Kijkers(oost, 1));
    }

    [Fact]
    public async Task NodeThatStopsGracefully_SaysGoodbye_SoItsViewersGoAtOnce_NotAfterTheExpiry()
    {
        var west = await _a.StadsdeelIdAsync("West");
        var opA = _a.Services.GetRequiredService<BordAanwezigheid>();
        // Never disposed: the viewer is still on B's board when B stops.
        _b.Services.GetRequiredService<BordAanwezigheid>().Kijk(west, 9003, "Bea Buurtteam");
        await WachtTotAsync(() => opA.Kijkers(west, 1) is ["Bea Buurtteam"], () => $"Node A toont: [{string.Join(", ", opA.Kijkers(west, 1))}].");

        await _b.DisposeAsync();

        // The expiry would take two minutes (two heartbeats of a minute).
        await WachtTotAsync(() => opA.Kijkers(west, 1) is [], () => $"Node A toont na het stoppen van B nog: [{string.Join(", ", opA.Kijkers(west, 1))}].");
    }

    /// <summary>
    /// A third node with a heartbeat of 2 s: its viewer stays shown on A longer than the expiry (4 s) while its
    /// heartbeat comes, and goes once the node is cut off from Redis without a word (as with kill -9 or a broken
    /// network: the viewer never left and no goodbye can get through, so only the expiry can remove them).
    /// </summary>
    [Fact]
    public async Task NodeCutOffWithoutGoodbye_ItsViewersStayWhileItsHeartbeatComes_AndGoAfterTwoMissedHeartbeats()
    {
        var west = await _a.StadsdeelIdAsync("West");
        var opA = _a.Services.GetRequiredService<BordAanwezigheid>();
        await using var c = new Node(_databaseVerbinding, _voorvoegsel, _certificaat, aanwezigheidSeconden: 2);
        c.Services.GetRequiredService<BordAanwezigheid>().Kijk(west, 9004, "Karel Kijker");
        await WachtTotAsync(() => opA.Kijkers(west, 1) is ["Karel Kijker"], () => $"Node A toont: [{string.Join(", ", opA.Kijkers(west, 1))}].");

        // Longer than two heartbeats: without them the first snapshot would have expired meanwhile.
        var tot = DateTime.UtcNow.AddSeconds(6);
        while (DateTime.UtcNow < tot)
        {
            Assert.Equal(["Karel Kijker"], opA.Kijkers(west, 1));
            await Task.Delay(100);
        }

        var afgesneden = DateTime.UtcNow;
        await c.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().CloseAsync(allowCommandsToComplete: false);

        await WachtTotAsync(() => opA.Kijkers(west, 1) is [], () => $"Node A toont C's kijker nog: [{string.Join(", ", opA.Kijkers(west, 1))}].", seconden: 15);
        // Not dropped at once: C's last heartbeat was at most 2 s before the cut and counts for 4 s.
        Assert.True(DateTime.UtcNow - afgesneden >= TimeSpan.FromSeconds(1), $"Na {(DateTime.UtcNow - afgesneden).TotalSeconds:0.0} s al weg.");
    }

    /// <summary>Polls until the condition holds; the bound only stops a test whose feature is broken.</summary>
    private static async Task WachtTotAsync(Func<bool> voorwaarde, Func<string> anders, int seconden = 5)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (!voorwaarde())
        {
            Assert.True(DateTime.UtcNow < tot, anders());
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task SignedInOnOneNode_IsSignedInOnTheOther_BecauseTheKeyRingIsShared()
    {
        var cookie = await _a.InlogCookieAsync("regievoerder.west@example.org");
        using var opB = _b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/");
        verzoek.Headers.Add("Cookie", cookie);

        var antwoord = await opB.SendAsync(verzoek);

        Assert.Equal(System.Net.HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Ruben Regie", await antwoord.Content.ReadAsStringAsync());
        // On one test machine both nodes could also share the default key folder; the ring must be in Redis,
        // where nodes on other machines find it too.
        var redis = _a.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().GetDatabase();
        var sleutels = await redis.ListRangeAsync(RealtimeExtensions.SleutelringSleutel(_voorvoegsel));
        Assert.NotEmpty(sleutels);
        // Encrypted at rest with the certificate: whoever reads Redis finds no master key to forge cookies with.
        Assert.All(sleutels, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml.ToString());
            Assert.Contains("<encryptedSecret", xml.ToString());
            Assert.Contains("http://www.w3.org/2001/04/xmlenc#", xml.ToString());
        });
    }

    [Fact]
    public async Task RelayMessagesWithoutTheRightMac_PublishedStraightToRedis_AreNotShownAndAreLogged()
    {
        var medewerker = 424242;
        using var opB = new LiveOntvanger<PersoonlijkeMelding>(_b.Services, LiveSleutel.Medewerker(medewerker));
        var redis = _a.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>().GetSubscriber();
        var kanaal = RedisRealtimeRelay.KanaalVoor(_voorvoegsel);
        string Json(string tekst) => System.Text.Json.JsonSerializer.Serialize(
            new RedisRealtimeRelay.Bericht("aanvaller", new PersoonlijkeMelding(medewerker, 1, tekst, "/netwerk", DateTimeOffset.UtcNow)));

        await redis.PublishAsync(kanaal, Json("zonder handtekening"));
        await redis.PublishAsync(kanaal, new RelayHandtekening("een-geraden-sleutel-die-niet-de-echte-is!").Onderteken(Json("verkeerde handtekening")));
        await redis.PublishAsync(kanaal, new RelayHandtekening(RelaySleutel).Onderteken(Json("sentinel")));

        await opB.WachtOpAsync(m => m.Tekst == "sentinel");
        Assert.Equal(["sentinel"], opB.Ontvangen.Select(m => m.Tekst));
        Assert.Equal(2, _b.Services.GetFakeLogCollector().GetSnapshot().Count(r => r.Message.Contains("zonder geldige handtekening")));
    }

    [Fact]
    public async Task BothNodes_ServeTheSameData_AndTheHangfireDashboardOnlyForTheBeheerder()
    {
        await using var dbA = await _a.CreateDbContextAsync();
        await using var dbB = await _b.CreateDbContextAsync();
        Assert.Equal(dbA.Casussen.Count(), dbB.Casussen.Count());

        using var beheerder = _b.CreatePortalClient();
        await beheerder.LogInSuccessfullyAsync("beheerder@example.org");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await beheerder.GetAsync("/beheer/jobs")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await TestPostgreSql.VerwijderAsync(_database);
        Directory.Delete(_certificaatMap, recursive: true);
    }

    /// <summary>
    /// One app node with the production settings (demo data only so the test can sign in). The presence heartbeat is
    /// a minute unless a test asks for less (see the presence tests).
    /// </summary>
    private sealed class Node(string database, string voorvoegsel, string certificaat, int aanwezigheidSeconden = 60) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddFakeLogging());
        }

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:PostgreSqlConnectionString"] = database,
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:Enabled"] = "true",
            ["Realtime:Redis"] = Redis,
            ["Realtime:RedisVoorvoegsel"] = voorvoegsel,
            ["Realtime:RelaySleutel"] = RelaySleutel,
            ["Realtime:Sleutelring:Pad"] = certificaat,
            ["Realtime:Sleutelring:Wachtwoord"] = "sleutelring-wachtwoord",
            ["Realtime:AanwezigheidSeconden"] = aanwezigheidSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
