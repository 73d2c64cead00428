using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dagbesteding.Portal.IntegrationTests.Telemetrie;

/// <summary>
/// The portal's own meter at the points where things happen: one question posted is one count, a first reply is one
/// working-time value, and the circuit and queue gauges report what the live connections hold. Tags carry ids only.
/// </summary>
public sealed class PortalMetingenTests(SqlitePortalFactory factory) : IClassFixture<SqlitePortalFactory>
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Wpi = "wpi.west@example.org";

    [Fact]
    public async Task PostingAQuestion_CountsExactlyOne_TaggedWithTheChannelIdOnly()
    {
        using var metingen = new MetingOntvanger(factory.Services);
        var actor = await factory.ActorAsync(Regievoerder);

        await PlaatsAsync(actor);

        var geteld = Assert.Single(metingen.Van("adviesvragen_geplaatst"));
        Assert.Equal(1, geteld.Waarde);
        Assert.Equal(await factory.KanaalIdAsync("West"), geteld.Tag("kanaal"));
        Assert.Single(geteld.Tags);
    }

    [Fact]
    public async Task ARefusedQuestion_CountsNothing()
    {
        using var metingen = new MetingOntvanger(factory.Services);
        var actor = await factory.ActorAsync(Regievoerder);
        var invoer = Invoer(await factory.StadsdeelIdAsync("West"), wens: "  ");

        var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, invoer));

        Assert.False(uitkomst.Gelukt);
        Assert.Empty(metingen.Van("adviesvragen_geplaatst"));
    }

    [Fact]
    public async Task TheFirstReply_RecordsOneWorkingTimeValue_AndASecondReplyNone()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var wpi = await factory.ActorAsync(Wpi);
        var id = await PlaatsAsync(vrager);
        using var metingen = new MetingOntvanger(factory.Services);

        await ReageerAsync(wpi, id, "Wij kijken mee, bel gerust.");
        await ReageerAsync(wpi, id, "Nog een aanvulling van ons.");

        var waarde = Assert.Single(metingen.Van("eerste_reactie_werktijd"));
        Assert.InRange(waarde.Waarde, 0, 60);
        Assert.Equal(await factory.KanaalIdAsync("West"), waarde.Tag("kanaal"));
    }

    [Fact]
    public async Task TheCircuitAndQueueGauges_ReportTheOpenCircuitsAndTheWaitingEvents()
    {
        using var metingen = new MetingOntvanger(factory.Services);
        var portalMetingen = factory.Services.GetRequiredService<PortalMetingen>();
        var circuitsVoor = metingen.LeesMeter("circuits_open");
        Assert.NotNull(circuitsVoor);
        Assert.Equal(0, metingen.LeesMeter("live_wachtrij_diepte"));

        var bus = new RealtimeBus();
        var verbinding = new LiveVerbinding(bus, NullLogger<LiveVerbinding>.Instance, metingen: portalMetingen);
        await verbinding.OnCircuitOpenedAsync(null!, CancellationToken.None);
        var los = new TaskCompletionSource();
        var verwerkt = 0;
        using var abonnement = verbinding.Abonneer<KanaalGebeurtenis>(LiveSleutel.Kanaal(1), async _ =>
        {
            await los.Task;
            Interlocked.Increment(ref verwerkt);
        });
        for (var i = 0; i < 4; i++)
        {
            bus.Verspreid(new KanaalGebeurtenis(1, 1, KanaalGebeurtenisSoort.NieuweVraag, "Nieuwe adviesvraag", DateTimeOffset.UtcNow));
        }

        Assert.Equal(circuitsVoor + 1, metingen.LeesMeter("circuits_open"));
        // The first event is being handled (out of the queue); the other three wait.
        await WachtTotAsync(() => metingen.LeesMeter("live_wachtrij_diepte") == 3);

        los.SetResult();
        await WachtTotAsync(() => Volatile.Read(ref verwerkt) == 4 && metingen.Van("live_bezorging_latentie").Count == 4);
        Assert.Equal(0, metingen.LeesMeter("live_wachtrij_diepte"));
        Assert.All(metingen.Van("live_bezorging_latentie"), m => Assert.InRange(m.Waarde, 0, 30));

        verbinding.Dispose();
        Assert.Equal(circuitsVoor, metingen.LeesMeter("circuits_open"));
    }

    private static async Task WachtTotAsync(Func<bool> voorwaarde)
    {
        var grens = DateTime.UtcNow.AddSeconds(10);
        while (!voorwaarde())
        {
            Assert.True(DateTime.UtcNow < grens, "De voorwaarde werd niet binnen 10 s waar.");
            await Task.Delay(20);
        }
    }

    private static NieuweAdviesvraag Invoer(int stadsdeelId, string wens = "Wil graag buiten werken, dicht bij huis.") => new()
    {
        StadsdeelId = stadsdeelId,
        Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
        WensAmsterdammer = wens,
        Vraag = "Wie heeft plek voor iemand van 33 die graag buiten werkt? Twee ochtenden per week.",
    };

    private async Task<int> PlaatsAsync(Actor actor)
    {
        var invoer = Invoer(await factory.StadsdeelIdAsync("West"));
        var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task ReageerAsync(Actor actor, int id, string tekst)
    {
        var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.ReageerAsync(actor, id, new NieuweReactie { Tekst = tekst }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
    }
}
