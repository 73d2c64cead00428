using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>The SignalR hub puts connections in groups from the database only; a client cannot choose.</summary>
public sealed class NetwerkHubTests(SqlitePortalFactory factory) : IClassFixture<SqlitePortalFactory>
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task NewQuestion_ReachesMembersOfItsChannel_AndNobodyElse()
    {
        await using var west = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("aanbieder.west@example.org"));
        await using var oost = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.oost@example.org"));
        var bijWest = new TaskCompletionSource<KanaalGebeurtenis>();
        var bijOost = new List<KanaalGebeurtenis>();
        west.On<KanaalGebeurtenis>(nameof(INetwerkClient.KanaalGewijzigd), g => bijWest.TrySetResult(g));
        oost.On<KanaalGebeurtenis>(nameof(INetwerkClient.KanaalGewijzigd), g => { lock (bijOost) { bijOost.Add(g); } });

        var id = await PlaatsInWestAsync();

        var ontvangen = await bijWest.Task.WaitAsync(Wachttijd);
        Assert.Equal(id, ontvangen.AdviesvraagId);
        Assert.Equal(KanaalGebeurtenisSoort.NieuweVraag, ontvangen.Soort);
        // Hub clients get ids and the structured summary, never the card with the question text.
        Assert.Null(ontvangen.Kaart);
        await SentinelAsync(oost, "regievoerder.oost@example.org");
        lock (bijOost)
        {
            Assert.DoesNotContain(bijOost, g => g.AdviesvraagId == id);
        }
    }

    [Fact]
    public async Task Reconnecting_Client_CatchesUpFromTheDatabase_OnlyForItsOwnChannels()
    {
        var sinds = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await PlaatsInWestAsync();
        await using var west = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("wpi.west@example.org"));
        await using var oost = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.oost@example.org"));

        var gemistWest = await west.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), sinds);
        var gemistOost = await oost.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), sinds);

        Assert.Contains(gemistWest, g => g.AdviesvraagId == id && g.Soort == KanaalGebeurtenisSoort.NieuweVraag);
        Assert.DoesNotContain(gemistOost, g => g.AdviesvraagId == id);
    }

    [Fact]
    public async Task ForgedCallToJoinAnotherChannel_IsRefused_AndTheConnectionStaysInItsOwnGroupsOnly()
    {
        await using var oost = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.oost@example.org"));
        var ontvangen = new List<KanaalGebeurtenis>();
        oost.On<KanaalGebeurtenis>(nameof(INetwerkClient.KanaalGewijzigd), g => { lock (ontvangen) { ontvangen.Add(g); } });
        var westKanaal = await KanaalVanAsync("West");

        // The hub has no method that takes a group: whatever a forged client sends is refused.
        await Assert.ThrowsAsync<HubException>(() => oost.InvokeAsync("JoinGroup", $"kanaal-{westKanaal}"));
        await Assert.ThrowsAsync<HubException>(() => oost.InvokeAsync(nameof(NetwerkHub.Sinds), "geen datum"));

        var id = await PlaatsInWestAsync();
        await SentinelAsync(oost, "regievoerder.oost@example.org");
        lock (ontvangen)
        {
            Assert.DoesNotContain(ontvangen, g => g.AdviesvraagId == id);
        }
        Assert.Equal(HubConnectionState.Connected, oost.State);
    }

    /// <summary>
    /// Issue 15 point 5 at the hub: random hostile arguments (fixed seed, bounded) to its one method and to methods it
    /// does not have. Each call is answered — a result or a refusal — and the connection stays up and keeps receiving.
    /// </summary>
    [Fact]
    public async Task HostileArguments_AreAnsweredOrRefused_AndTheConnectionKeepsWorking()
    {
        await using var west = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("aanbieder.west@example.org"));
        object?[] waarden =
        [
            null, "", "geen datum", "<script>alert(1)</script>", "'; DROP TABLE \"Adviesvragen\"; --", "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00:00Z", "2026-13-45T99:99:99Z", "１２３", "\u202E\u200B", "🙂", new string('x', 20_000), 42, -1.5, double.NaN,
            true, long.MaxValue, new[] { 1, 2, 3 }, new Dictionary<string, object> { ["$type"] = "System.IO.FileInfo" },
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UtcNow.AddYears(100),
        ];
        var random = new Random(15_05);
        for (var geval = 0; geval < 60; geval++)
        {
            var methode = geval % 5 == 4 ? "Sinds\u0000" + random.Next() : nameof(NetwerkHub.Sinds);
            var argumenten = Enumerable.Range(0, random.Next(0, 3)).Select(_ => waarden[random.Next(waarden.Length)]).ToArray();
            try
            {
                await west.InvokeCoreAsync<List<KanaalGebeurtenis>>(methode, argumenten).WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (HubException)
            {
                // Refused: what a forged or broken client should get.
            }
            Assert.True(west.State == HubConnectionState.Connected, $"Case {geval}: the connection dropped after {methode}({string.Join(", ", argumenten)}).");
        }
        await SentinelAsync(west, "aanbieder.west@example.org");
    }

    private async Task<int> KanaalVanAsync(string stadsdeel)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Kanalen.Where(k => k.Stadsdeel!.Naam == stadsdeel).Select(k => k.Id).SingleAsync();
    }

    [Fact]
    public async Task AnonymousConnection_IsRefused()
    {
        var verbinding = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/netwerk"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await Assert.ThrowsAnyAsync<Exception>(() => verbinding.StartAsync());
        await verbinding.DisposeAsync();
    }

    [Fact]
    public async Task MemberWhoLeft_IsTakenOutOfTheGroup_AndReceivesNothingNew()
    {
        const string email = "wpi.west@example.org";
        await using var verbinding = await factory.HubVerbindingAsync(await factory.InlogCookieAsync(email));
        var ontvangen = new List<KanaalGebeurtenis>();
        verbinding.On<KanaalGebeurtenis>(nameof(INetwerkClient.KanaalGewijzigd), g => { lock (ontvangen) { ontvangen.Add(g); } });
        var actor = await factory.ActorAsync(email);
        var westId = await factory.StadsdeelIdAsync("West");
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Lidmaatschappen.Where(l => l.MedewerkerId == actor.MedewerkerId && l.Kanaal!.StadsdeelId == westId && l.AfgemeldOp == null)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.AfgemeldOp, DateTimeOffset.UtcNow).SetProperty(x => x.AfmeldReden, "Test: vertrokken"));
        }
        try
        {
            factory.Services.GetRequiredService<IRealtimePublisher>().Publiceer(new LidmaatschapGewijzigd(actor.MedewerkerId));
            var id = await PlaatsInWestAsync();
            await SentinelAsync(verbinding, email);
            lock (ontvangen)
            {
                Assert.DoesNotContain(ontvangen, g => g.AdviesvraagId == id);
            }
        }
        finally
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Lidmaatschappen.Where(l => l.MedewerkerId == actor.MedewerkerId && l.AfmeldReden == "Test: vertrokken")
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.AfgemeldOp, (DateTimeOffset?)null).SetProperty(x => x.AfmeldReden, (string?)null));
        }
    }

    /// <summary>
    /// Publishes a melding to this connection's user after whatever the test published, and waits for it: the hub
    /// sends in publish order, so once the sentinel is in, anything published before it would be in too.
    /// </summary>
    private async Task SentinelAsync(HubConnection verbinding, string email)
    {
        var actor = await factory.ActorAsync(email);
        var meldingId = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var aangekomen = new TaskCompletionSource();
        using var registratie = verbinding.On<PersoonlijkeMelding>(nameof(INetwerkClient.Melding), m =>
        {
            if (m.MeldingId == meldingId)
            {
                aangekomen.TrySetResult();
            }
        });
        factory.Services.GetRequiredService<IRealtimePublisher>().Publiceer(new PersoonlijkeMelding(actor.MedewerkerId, meldingId, "Sentinel", null, DateTimeOffset.UtcNow));
        await aangekomen.Task.WaitAsync(Wachttijd);
    }

    private async Task<int> PlaatsInWestAsync()
    {
        var actor = await factory.ActorAsync("regievoerder.west@example.org");
        var invoer = new NieuweAdviesvraag
        {
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Wie heeft een rustige plek voor iemand van 35 met autisme? Drukwerk of fietsen.",
        };
        var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Portal.Infrastructure.Uitkomst<int>>(s => s.PlaatsAsync(actor, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

}
