using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class LedenTests(PortalServer server)
{
    [Fact]
    public async Task Netwerkmanager_AddsAMember_AndSignsOneOffWithAReason_ThatShowsInTheHistory()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).LogInAsync("netwerkmanager.west@example.org");
        var leden = new LedenPage(page);
        await leden.OpenAsync();
        await Expect(leden.Kop).ToHaveTextAsync("Leden van Netwerk West");

        // Add: only eligible medewerkers are offered; WPI consultants of other channels are.
        await leden.LidToevoegen.ClickAsync();
        await leden.Zoekveld.FillAsync("WPI");
        var eerste = leden.Kandidaten.Locator("tbody tr").First;
        await Expect(eerste).ToBeVisibleAsync();
        var naam = (await eerste.Locator("td").First.InnerTextAsync()).Trim();
        await eerste.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Expect(leden.Melding).ToContainTextAsync($"{naam} is lid van Netwerk West.");
        await Expect(leden.Lid(naam)).ToBeVisibleAsync();

        // Sign the new member off: a too short reason is refused in Dutch and the typed text stays.
        await leden.Lid(naam).GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await leden.AfmeldReden.FillAsync("kort");
        await leden.AfmeldingBevestigen.ClickAsync();
        await Expect(leden.AfmeldFout).ToContainTextAsync("minstens 5 tekens");
        await Expect(leden.AfmeldReden).ToHaveValueAsync("kort");
        await leden.AfmeldReden.FillAsync("Per abuis toegevoegd");
        await leden.AfmeldingBevestigen.ClickAsync();
        await Expect(leden.Melding.Last).ToContainTextAsync($"{naam} is afgemeld bij Netwerk West.");
        await Expect(leden.Lid(naam)).ToHaveCountAsync(0);

        await leden.Tab("Geschiedenis").ClickAsync();
        var historie = page.GetByTestId("geschiedenis").Locator("tr", new() { HasText = naam });
        await Expect(historie).ToContainTextAsync("Per abuis toegevoegd");
    }

    [Fact]
    public async Task Netwerkmanager_SeesTheirAutomaticMembership_WithoutAnAfmeldButton()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).LogInAsync("netwerkmanager.west@example.org");
        var leden = new LedenPage(page);
        await leden.OpenAsync();
        await Expect(page.GetByTestId("eigen-lidmaatschap")).ToContainTextAsync("automatisch lid");
        await Expect(leden.MijAfmelden).ToHaveCountAsync(0);
        await Expect(leden.Lid("Naima Netwerk")).ToContainTextAsync("automatisch");
        await Expect(leden.Lid("Naima Netwerk").GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Member_LeavesAfterConfirmingWithAReason_AndTheChannelLeavesTheirOpenFeedLive()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).LogInAsync("wpi.west@example.org");
        // The same member has the channel open in another tab.
        var feedTab = await page.Context.NewPageAsync();
        var feed = new NetwerkPage(feedTab);
        await feed.OpenFeedAsync();
        await Expect(feed.Kaarten.First).ToBeVisibleAsync();
        var leden = new LedenPage(page);
        await leden.OpenAsync();
        await Expect(leden.LidToevoegen).ToHaveCountAsync(0);

        await leden.MijAfmelden.ClickAsync();
        await Expect(page.GetByText("Weet u het zeker?")).ToBeVisibleAsync();
        await leden.AfmeldReden.FillAsync("Ik werk voortaan in Oost");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, meld mij af" }).ClickAsync();
        await Expect(leden.Melding).ToContainTextAsync("U bent afgemeld bij Netwerk West.");

        // The open feed follows the membership live: the channel is gone from it.
        await Expect(feedTab.GetByText("U bent geen lid van het netwerkkanaal van dit stadsdeel.")).ToBeVisibleAsync(new() { Timeout = 2_000 });
        await Expect(feed.Kaarten).ToHaveCountAsync(0);
    }
}
