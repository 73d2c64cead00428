using System.Text.Json;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Realtime;

/// <summary>
/// What arrives from Redis is input from outside the process: a message that does not parse, or is not an event the
/// portal could have sent, is dropped and logged and never reaches a screen. (The relay between two real nodes is
/// tested in ProductieProfielTests.)
/// </summary>
public sealed class RedisRelayBerichtTests
{
    private readonly RealtimeBus _bus = new();
    private readonly FakeLogger<RedisRealtimeRelay> _log = new();

    private static readonly RelayHandtekening Handtekening = new("een-geheim-van-de-nodes-dat-lang-genoeg-is");

    private RedisRealtimeRelay Relay(params IRelayVerwerker[] verwerkers) => new(redis: null!, _bus, Handtekening, verwerkers, _log);

    private static string Bericht(ILiveGebeurtenis gebeurtenis, string node = "andere-node") =>
        Handtekening.Onderteken(JsonSerializer.Serialize(new RedisRealtimeRelay.Bericht(node, gebeurtenis))); // lenient: it must also write broken messages

    [Fact]
    public async Task MalformedMessages_AreDroppedAndLogged_AndTheNextValidOneStillArrives()
    {
        using var verbinding = new LiveVerbinding(_bus, NullLogger<LiveVerbinding>.Instance);
        var ontvangen = new List<ILiveGebeurtenis>();
        var sentinel = new TaskCompletionSource();
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(5), g => { lock (ontvangen) { ontvangen.Add(g); } return Task.CompletedTask; });
        using var __ = verbinding.Abonneer<PersoonlijkeMelding>(LiveSleutel.Medewerker(7), m =>
        {
            lock (ontvangen)
            {
                ontvangen.Add(m);
            }
            if (m.Tekst == "sentinel")
            {
                sentinel.TrySetResult();
            }
            return Task.CompletedTask;
        });
        var relay = Relay();
        var kwaadaardig = new[]
        {
            Handtekening.Onderteken("geen json"),
            Handtekening.Onderteken("{}"),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"onbekend","KanaalId":5}}"""),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":null}"""),
            Bericht(new KanaalGebeurtenis(-5, 1, KanaalGebeurtenisSoort.NieuweVraag, "negatief kanaal", DateTimeOffset.UtcNow)),
            Bericht(new KanaalGebeurtenis(5, 1, (KanaalGebeurtenisSoort)99, "onbekende soort", DateTimeOffset.UtcNow)),
            Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, new string('x', 5_000), DateTimeOffset.UtcNow)),
            Bericht(new PersoonlijkeMelding(7, 1, "", null, DateTimeOffset.UtcNow)),
            Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, "geen node", DateTimeOffset.UtcNow), node: ""),
            // A card that parses but is incomplete would throw in the render of every open feed.
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"kanaal","KanaalId":5,"AdviesvraagId":1,"Soort":1,"Samenvatting":"s","Op":"2026-12-01T10:00:00+00:00","Kaart":{"Id":1,"KanaalId":5}}}"""),
            Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, "s", DateTimeOffset.UtcNow, Kaart: GeldigeKaart() with { Vraag = null! })),
            Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, "s", DateTimeOffset.UtcNow, Kaart: GeldigeKaart() with { Status = (Domain.Netwerk.AdviesvraagStatus)99 })),
            Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, "s", DateTimeOffset.UtcNow, Kaart: GeldigeKaart() with { KanaalId = 6 })),
        };
        foreach (var bericht in kwaadaardig)
        {
            relay.Ontvang(bericht);
        }
        relay.Ontvang(Bericht(new PersoonlijkeMelding(7, 2, "sentinel", "/netwerk", DateTimeOffset.UtcNow)));

        await sentinel.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (ontvangen)
        {
            Assert.Equal(["sentinel"], ontvangen.Select(g => ((PersoonlijkeMelding)g).Tekst));
        }
        Assert.Equal(kwaadaardig.Length, _log.Collector.GetSnapshot().Count(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning));
    }

    [Fact]
    public async Task MessagesWithoutAValidMac_AreDroppedAndLogged_AndTheNextSignedOneStillArrives()
    {
        using var verbinding = new LiveVerbinding(_bus, NullLogger<LiveVerbinding>.Instance);
        var ontvangen = new List<string>();
        var sentinel = new TaskCompletionSource();
        using var _ = verbinding.Abonneer<PersoonlijkeMelding>(LiveSleutel.Medewerker(7), m =>
        {
            lock (ontvangen)
            {
                ontvangen.Add(m.Tekst);
            }
            if (m.Tekst == "sentinel")
            {
                sentinel.TrySetResult();
            }
            return Task.CompletedTask;
        });
        var json = JsonSerializer.Serialize(new RedisRealtimeRelay.Bericht("andere-node", new PersoonlijkeMelding(7, 1, "vervalst", "/netwerk", DateTimeOffset.UtcNow)));
        var andereSleutel = new RelayHandtekening("een-ander-geheim-dat-ook-lang-genoeg-is!");
        var echtVoorIetsAnders = Handtekening.Onderteken("{}");
        var vervalst = new[]
        {
            json,
            "." + json,
            "geen-base64!." + json,
            Convert.ToBase64String(new byte[31]) + "." + json,
            andereSleutel.Onderteken(json),
            echtVoorIetsAnders[..echtVoorIetsAnders.IndexOf('.')] + "." + json,
            // The right MAC with one character of the message changed.
            Handtekening.Onderteken(json).Replace("vervalst", "vervalsT"),
        };
        var relay = Relay();
        foreach (var bericht in vervalst)
        {
            relay.Ontvang(bericht);
        }
        relay.Ontvang(Bericht(new PersoonlijkeMelding(7, 2, "sentinel", "/netwerk", DateTimeOffset.UtcNow)));

        await sentinel.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (ontvangen)
        {
            Assert.Equal(["sentinel"], ontvangen);
        }
        var waarschuwingen = _log.Collector.GetSnapshot().Where(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning).ToList();
        Assert.Equal(vervalst.Length, waarschuwingen.Count);
        Assert.All(waarschuwingen, w => Assert.Contains("zonder geldige handtekening", w.Message));
    }

    [Fact]
    public void MalformedBoardViewers_AreDroppedAndLogged_AndNeverShown_AndTheNextValidOneIsMerged()
    {
        var aanwezigheid = new BordAanwezigheid(TimeProvider.System);
        var relay = Relay(new AanwezigheidRelayVerwerker(aanwezigheid));
        Kijker[] een = [new(3, "Willem West")];
        var kwaadaardig = new[]
        {
            Bericht(new BordKijkers(0, een, 15)),
            Bericht(new BordKijkers(2, een, 0)),
            Bericht(new BordKijkers(2, een, BordKijkers.MaxHartslagSeconden + 1)),
            Bericht(new BordKijkers(2, [new(0, "Geen Id")], 15)),
            Bericht(new BordKijkers(2, [new(4, "")], 15)),
            Bericht(new BordKijkers(2, [new(4, "   ")], 15)),
            Bericht(new BordKijkers(2, [new(4, "Regel\nbreuk")], 15)),
            Bericht(new BordKijkers(2, [new(4, new string('x', Kijker.MaxNaam + 1))], 15)),
            Bericht(new BordKijkers(2, [new(4, "Twee Keer"), new(4, "Twee Keer")], 15)),
            Bericht(new BordKijkers(2, [.. Enumerable.Range(1, BordKijkers.MaxKijkers + 1).Select(i => new Kijker(i, $"Kijker {i}"))], 15)),
            Bericht(new BordKijkers(2, een, 15), node: new string('n', RedisRealtimeRelay.MaxNode + 1)),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"bord-kijkers","StadsdeelId":2,"Kijkers":[null],"HartslagSeconden":15}}"""),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"bord-kijkers","StadsdeelId":2,"Kijkers":[{"MedewerkerId":4,"Naam":null}],"HartslagSeconden":15}}"""),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"bord-kijkers","StadsdeelId":2,"Kijkers":[{"MedewerkerId":4}],"HartslagSeconden":15}}"""),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"bord-kijkers","StadsdeelId":2,"Kijkers":null,"HartslagSeconden":15}}"""),
            Handtekening.Onderteken("""{"Node":"x","Gebeurtenis":{"soort":"bord-kijkers","StadsdeelId":2,"HartslagSeconden":15}}"""),
        };
        foreach (var bericht in kwaadaardig)
        {
            relay.Ontvang(bericht);
        }
        relay.Ontvang(Bericht(new BordKijkers(2, [new(5, "Sentinel Kijker")], 15)));

        Assert.Equal(["Sentinel Kijker"], aanwezigheid.Kijkers(2, behalveMedewerkerId: 1));
        Assert.Empty(aanwezigheid.Kijkers(0, 1));
        Assert.Equal(kwaadaardig.Length, _log.Collector.GetSnapshot().Count(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning));
    }

    [Fact]
    public void NodeLevelHandlers_SeeEveryValidEventFromAnotherNode_NotTheirOwnEcho_AndOneThatThrowsStopsNothing()
    {
        var gezien = new List<(string Node, ILiveGebeurtenis Gebeurtenis)>();
        var relay = Relay(new Verwerker(_ => throw new InvalidOperationException("kapot")), new Verwerker(gezien.Add));
        var vanElders = new SluitingsdagenGewijzigd(DateTimeOffset.UtcNow);

        relay.Ontvang(Bericht(new LidmaatschapGewijzigd(7), node: relay.Node));
        relay.Ontvang(Bericht(new LidmaatschapGewijzigd(0)));
        relay.Ontvang(Bericht(vanElders, node: "node-b"));

        Assert.Equal([("node-b", (ILiveGebeurtenis)vanElders)], gezien);
        Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Exception is InvalidOperationException);
    }

    private sealed class Verwerker(Action<(string, ILiveGebeurtenis)> actie) : IRelayVerwerker
    {
        public void Verwerk(string node, ILiveGebeurtenis gebeurtenis) => actie((node, gebeurtenis));
    }

    private static Features.Netwerk.Vragen.AdviesvraagKaart GeldigeKaart() =>
        new(1, 5, "Netwerk West", DateTimeOffset.UtcNow, Domain.Netwerk.Leeftijdscategorie.Van27Tot45, null, ["autisme"], false, false,
            "Wie heeft plek?", Domain.Netwerk.AdviesvraagStatus.Open, DateTimeOffset.UtcNow.AddDays(2), 0, false, false)
        { WaarschuwingOp = DateTimeOffset.UtcNow.AddDays(1) };

    [Fact]
    public async Task ValidMessageWithACard_ArrivesWithTheCard()
    {
        using var verbinding = new LiveVerbinding(_bus, NullLogger<LiveVerbinding>.Instance);
        var ontvangen = new TaskCompletionSource<KanaalGebeurtenis>();
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(5), g => { ontvangen.TrySetResult(g); return Task.CompletedTask; });

        Relay().Ontvang(Bericht(new KanaalGebeurtenis(5, 1, KanaalGebeurtenisSoort.NieuweVraag, "s", DateTimeOffset.UtcNow, 3, GeldigeKaart())));

        var gebeurtenis = await ontvangen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(GeldigeKaart().Vraag, gebeurtenis.Kaart!.Vraag);
        Assert.Equal(["autisme"], gebeurtenis.Kaart.Doelgroepen);
        Assert.Empty(_log.Collector.GetSnapshot());
    }

    [Fact]
    public async Task MeldingWithALinkOutsideThePortal_ArrivesWithoutThatLink()
    {
        using var verbinding = new LiveVerbinding(_bus, NullLogger<LiveVerbinding>.Instance);
        var ontvangen = new TaskCompletionSource<PersoonlijkeMelding>();
        using var _ = verbinding.Abonneer<PersoonlijkeMelding>(LiveSleutel.Medewerker(8), m => { ontvangen.TrySetResult(m); return Task.CompletedTask; });

        Relay().Ontvang(Bericht(new PersoonlijkeMelding(8, 3, "Er is besloten", "javascript:alert(document.cookie)", DateTimeOffset.UtcNow)));

        var melding = await ontvangen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(melding.VeiligeLink);
        Assert.Equal("Er is besloten", melding.Tekst);
    }

    [Fact]
    public async Task OwnEcho_IsIgnored_BecauseTheNodeAlreadyDeliveredItself()
    {
        var relay = Relay();
        using var verbinding = new LiveVerbinding(_bus, NullLogger<LiveVerbinding>.Instance);
        var ontvangen = new List<int>();
        var sentinel = new TaskCompletionSource();
        using var _ = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(6), g =>
        {
            lock (ontvangen)
            {
                ontvangen.Add(g.AdviesvraagId);
            }
            if (g.AdviesvraagId == 2)
            {
                sentinel.TrySetResult();
            }
            return Task.CompletedTask;
        });
        var eigenNode = relay.Node;

        relay.Ontvang(Bericht(new KanaalGebeurtenis(6, 1, KanaalGebeurtenisSoort.NieuweVraag, "echo", DateTimeOffset.UtcNow), node: eigenNode));
        relay.Ontvang(Bericht(new KanaalGebeurtenis(6, 2, KanaalGebeurtenisSoort.NieuweVraag, "van een andere node", DateTimeOffset.UtcNow)));

        await sentinel.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (ontvangen)
        {
            Assert.Equal([2], ontvangen);
        }
    }
}
