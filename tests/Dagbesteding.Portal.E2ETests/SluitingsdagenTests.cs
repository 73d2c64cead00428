using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class SluitingsdagenTests(PortalServer server)
{
    [Fact]
    public async Task Beheerder_AddsAndRemovesAClosureDay_AndAWrongDateKeepsTheInput()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("beheerder@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.GotoAsync("/beheer");
        await shell.WachtOpInteractiefAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Sluitingsdagen" }).ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Sluitingsdagen");
        var sluitingsdagen = new SluitingsdagenPage(page);
        await Expect(sluitingsdagen.Feestdagen).ToContainTextAsync("Tweede Pinksterdag");

        // A date in the past: refused in Dutch, the typed input stays.
        var vorigJaar = DateTime.Today.Year - 1;
        await sluitingsdagen.VoegToeAsync($"02-01-{vorigJaar}", "Brugdag");
        await Expect(sluitingsdagen.Foutmeldingen).ToContainTextAsync("ligt in het verleden");
        await Expect(sluitingsdagen.Datum).ToHaveValueAsync($"02-01-{vorigJaar}");
        await Expect(sluitingsdagen.Omschrijving).ToHaveValueAsync("Brugdag");
        // Checked in the error state: the confirmation snackbar below fades in, which axe reads as low contrast.
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        // Goede Vrijdag of next year: added and listed.
        var goedeVrijdag = WerkdagKalender.Pasen(DateTime.Today.Year + 1).AddDays(-2);
        await sluitingsdagen.VoegToeAsync(goedeVrijdag.ToString("dd-MM-yyyy"), "Goede Vrijdag");
        await Expect(sluitingsdagen.Sluitingsdagen).ToContainTextAsync("Goede Vrijdag");
        await Expect(sluitingsdagen.Foutmeldingen).ToHaveCountAsync(0);
        await Expect(sluitingsdagen.Omschrijving).ToHaveValueAsync("");

        var weergave = goedeVrijdag.ToString("dddd d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));
        await sluitingsdagen.VerwijderAsync(weergave);
        await Expect(sluitingsdagen.Sluitingsdagen).Not.ToContainTextAsync("Goede Vrijdag");
    }
}
