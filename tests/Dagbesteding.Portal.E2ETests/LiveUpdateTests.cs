using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// Live updates when a browser goes away without saying goodbye: a shut laptop must not stall anyone else, and a page
/// whose network dropped catches up with its own circuit once it is back.
/// </summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed partial class LiveUpdateTests(PortalServer server)
{
    [Fact]
    public async Task NewQuestions_ReachBothLivePagesOfOneUser_WhileAnotherMembersBrowserWasKilled()
    {
        var eerste = NieuwKenmerk();
        var tweede = NieuwKenmerk();

        // A West member's laptop with the channel open; its circuit is live before the lid goes down.
        await using var laptop = await BrowserProces.StartAsync(server);
        var laptopPagina = await PortalServer.NewPageAsync(laptop.Browser, server.BaseUrl);
        // The netwerkmanager is a member of the West channel for good (another test lets wpi.west leave it).
        await new LoginPage(laptopPagina).LogInAsync("netwerkmanager.west@example.org");
        await new NetwerkPage(laptopPagina).OpenFeedAsync();

        // One user with the channel open in two tabs.
        var tabEen = await server.NewPageAsync();
        await new LoginPage(tabEen).LogInAsync("aanbieder.west@example.org");
        var tabTwee = await tabEen.Context.NewPageAsync();
        var feedEen = new NetwerkPage(tabEen);
        var feedTwee = new NetwerkPage(tabTwee);
        await feedEen.OpenFeedAsync();
        await feedTwee.OpenFeedAsync();

        var vragerPagina = await server.NewPageAsync();
        await new LoginPage(vragerPagina).LogInAsync("regievoerder.west@example.org");
        var vrager = new NetwerkPage(vragerPagina);

        // Shut, not closed: no unload and no disconnect beacon, so the server keeps the circuit as disconnected.
        await laptop.KillAsync();

        // Two questions: a stall that lasts until the first event times out on the dead circuit shows in the second.
        foreach (var kenmerk in new[] { eerste, tweede })
        {
            await vrager.StelVraagAsync("27–45 jaar", $"Wie heeft plek voor een man van 30 die graag met hout werkt? {kenmerk}.");
            await Expect(feedEen.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 2_000 });
            await Expect(feedTwee.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 2_000 });
            // Posting does not wait for the dead circuit either: the asker's page goes on to the question.
            await Expect(vragerPagina).ToHaveURLAsync(VraagAdres(), new() { Timeout = 2_000 });
        }
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(tabTwee);
    }

    [Fact]
    public async Task PageThatLostItsConnection_ShowsWhatWasPostedMeanwhile_AfterReconnecting()
    {
        var kenmerk = NieuwKenmerk();
        await using var netwerk = new OnderbreekbareProxy(server.BaseUrl);

        var pagina = await PortalServer.NewPageAsync(server.Browser, netwerk.BaseUrl);
        await new LoginPage(pagina).LogInAsync("aanbieder.west@example.org");
        var feed = new NetwerkPage(pagina);
        var shell = new ShellPage(pagina);
        await feed.OpenFeedAsync();

        // The control page: the same user in another browser context, connected directly (another test lets
        // wpi.west leave the West channel, so a second member is not reliably a member here).
        var collegaPagina = await server.NewPageAsync();
        await new LoginPage(collegaPagina).LogInAsync("aanbieder.west@example.org");
        var collega = new NetwerkPage(collegaPagina);
        await collega.OpenFeedAsync();

        var vragerPagina = await server.NewPageAsync();
        await new LoginPage(vragerPagina).LogInAsync("regievoerder.west@example.org");

        await shell.MarkeerDezePaginaAsync();
        await netwerk.OnderbreekAsync();
        await Expect(shell.HerverbindDialoog).ToBeVisibleAsync();

        await new NetwerkPage(vragerPagina).StelVraagAsync("27–45 jaar", $"Wie heeft plek voor een vrouw van 35 die graag kookt? {kenmerk}.");
        // The sentinel: a page that kept its connection shows the question live, so it was sent while this page was cut off.
        await Expect(collega.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 2_000 });
        await Expect(feed.Kaart(kenmerk)).ToHaveCountAsync(0);
        await Expect(shell.HerverbindDialoog).ToBeVisibleAsync();

        netwerk.Herstel();
        // Blazor retries by itself (after ten immediate attempts, every 5 s); no reload, the same circuit comes back.
        await Expect(shell.HerverbindDialoog).ToBeHiddenAsync(new() { Timeout = 12_000 });
        await Expect(feed.Kaart(kenmerk)).ToBeVisibleAsync(new() { Timeout = 3_000 });
        Assert.True(await shell.IsNogDezelfdePaginaAsync(), "De pagina is opnieuw geladen in plaats van terug te komen op haar eigen circuit.");
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(pagina);
    }

    private static string NieuwKenmerk() => $"kenmerk {Random.Shared.Next(100_000, 1_000_000)}";

    [GeneratedRegex(@"/netwerk/vragen/\d+$")]
    private static partial Regex VraagAdres();
}
