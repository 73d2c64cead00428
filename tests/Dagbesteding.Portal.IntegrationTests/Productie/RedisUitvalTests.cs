using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// Redis goes away under a running node (its own redis-server, started and killed by this test; the test script
/// installs redis-server). A question posted then is saved and reported as saved — a failed push must never look
/// like a failed save that invites posting twice — and this node's own open pages still get it, because local
/// delivery does not go through Redis. Readiness says so meanwhile: 503 while Redis is down, 200 once it is back.
/// </summary>
public sealed class RedisUitvalTests : IAsyncLifetime
{
    private readonly int _poort = VrijePoort();
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-redis-uitval-").FullName;
    private Process? _redis;
    private Node _node = default!;

    public async Task InitializeAsync()
    {
        await StartRedisAsync();
        _node = new Node(Path.Combine(_map, "portal.db"), $"127.0.0.1:{_poort},abortConnect=false,connectTimeout=500,syncTimeout=500");
        await _node.InitializeAsync();
    }

    [Fact]
    public async Task QuestionPostedAfterRedisWentAway_IsSavedAndReportedAsSaved_AndReachesThisNodesPages()
    {
        var actor = await _node.ActorAsync("regievoerder.west@example.org");
        var west = await _node.StadsdeelIdAsync("West");
        using var opDezeNode = new LiveOntvanger<KanaalGebeurtenis>(_node.Services, LiveSleutel.Kanaal(await _node.KanaalIdAsync("West")));
        var voor = await PlaatsAsync(actor, west, "Wie heeft plek voor iemand van 44 die graag kookt? Voor de storing.");
        await opDezeNode.WachtOpAsync(g => g.AdviesvraagId == voor);

        _redis!.Kill(entireProcessTree: true);
        await _redis.WaitForExitAsync();

        var na = await PlaatsAsync(actor, west, "Wie heeft plek voor iemand van 45 die graag tuiniert? Na de storing.");
        await opDezeNode.WachtOpAsync(g => g.AdviesvraagId == na);
        await using var db = await _node.CreateDbContextAsync();
        Assert.True(await db.Adviesvragen.AnyAsync(a => a.Id == na));
    }

    [Fact]
    public async Task Readiness_Is503WhileRedisIsDown_And200WhenItIsBack()
    {
        using var probe = _node.Probe();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());

        _redis!.Kill(entireProcessTree: true);
        await _redis.WaitForExitAsync();
        // The multiplexer notices the closed socket on its own; until then a PING on it fails within syncTimeout.
        var uitgevallen = await probe.WachtOpAsync(HttpStatusCode.ServiceUnavailable, seconden: 5);

        Assert.Equal("Unhealthy", uitgevallen);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync(HealthExtensions.LivePad));

        await StartRedisAsync();
        Assert.Equal("Healthy", await probe.WachtOpAsync(HttpStatusCode.OK, seconden: 30));
    }

    [Fact]
    public async Task ANodeWhoseRedisIsDownAtStart_StartsAnyway_EvenWithoutAbortConnectInTheSetting_AndBecomesReadyWhenRedisComes()
    {
        _redis!.Kill(entireProcessTree: true);
        await _redis.WaitForExitAsync();
        // The operator's string lacks abortConnect=false: the node must not crash-loop on it.
        await using var node = new Node(Path.Combine(_map, "koud.db"), $"127.0.0.1:{_poort},connectTimeout=500,syncTimeout=500");
        await node.InitializeAsync();
        using var probe = node.Probe();
        Assert.Equal("Unhealthy", await probe.WachtOpAsync(HttpStatusCode.ServiceUnavailable, seconden: 5));

        // It serves its own users meanwhile: a question is saved and reported as saved.
        var actor = await node.ActorAsync("regievoerder.west@example.org");
        var vraag = await PlaatsAsync(node, actor, await node.StadsdeelIdAsync("West"), "Wie heeft plek voor iemand van 46 die graag schildert? Tijdens de storing.");
        await using (var db = await node.CreateDbContextAsync())
        {
            Assert.True(await db.Adviesvragen.AnyAsync(a => a.Id == vraag));
        }

        await StartRedisAsync();
        Assert.Equal("Healthy", await probe.WachtOpAsync(HttpStatusCode.OK, seconden: 30));
    }

    [Fact]
    public async Task ANodeStoppedWhileRedisHangs_StopsWithoutAnError()
    {
        await using var doorgifte = new TcpDoorgifte("127.0.0.1", _poort);
        var node = new Node(Path.Combine(_map, "stil.db"), $"127.0.0.1:{doorgifte.Poort},connectTimeout=500,syncTimeout=500");
        await node.InitializeAsync();
        // SignalR's backplane connects and subscribes when it is first used.
        await node.Services.GetRequiredService<HubLifetimeManager<NetwerkHub>>().SendAllAsync("ping", []);

        doorgifte.Zwijg();
        var fout = await Record.ExceptionAsync(() => ((IAsyncLifetime)node).DisposeAsync());

        Assert.Null(fout);
    }

    private async Task StartRedisAsync()
    {
        _redis?.Dispose();
        _redis = Process.Start(new ProcessStartInfo("redis-server", $"--bind 127.0.0.1 --port {_poort} --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server start niet: run ./scripts/test.sh, dat het installeert.");
        await WachtOpPoortAsync(_poort);
    }

    private Task<int> PlaatsAsync(Actor actor, int stadsdeel, string vraag) => PlaatsAsync(_node, actor, stadsdeel, vraag);

    private static async Task<int> PlaatsAsync(Node node, Actor actor, int stadsdeel, string vraag)
    {
        var uitkomst = await node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, new NieuweAdviesvraag
        {
            StadsdeelId = stadsdeel,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = vraag,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_node).DisposeAsync();
        if (_redis is { HasExited: false })
        {
            _redis.Kill(entireProcessTree: true);
        }
        _redis?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    private static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    private static async Task WachtOpPoortAsync(int poort)
    {
        for (var poging = 0; poging < 100; poging++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, poort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server luistert niet op {poort}.");
    }

    private sealed class Node(string databaseFile, string redis) : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqliteFile"] = databaseFile,
            ["Realtime:Redis"] = redis,
            ["Realtime:RedisVoorvoegsel"] = $"dagbesteding-uitval-{Guid.NewGuid():N}",
            ["Realtime:RelaySleutel"] = ProductieProfielTests.RelaySleutel,
        };
    }
}
