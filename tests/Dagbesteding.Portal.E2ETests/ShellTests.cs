using System.Text.Json;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class ShellTests(PortalServer server)
{
    [Fact]
    public async Task Regievoerder_LogsIn_AndSeesTheDutchShellWithTheirAreas()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");

        await Expect(shell.Kop).ToHaveTextAsync("Goedendag, Ruben Regie");
        await Expect(shell.GebruikerNaam).ToHaveTextAsync("Ruben Regie");
        await Expect(shell.Organisatie).ToHaveTextAsync("Buurtteam West (demo)");
        await Expect(shell.StadsdeelNaam).ToHaveTextAsync("West");
        foreach (var zichtbaar in new[] { "Overzicht", "Netwerk", "Casussen", "Evaluaties" })
        {
            await Expect(shell.NavLink(zichtbaar)).ToBeVisibleAsync();
        }
        await Expect(shell.NavLink("Dashboard")).ToHaveCountAsync(0);
        await Expect(shell.NavLink("Beheer")).ToHaveCountAsync(0);

        await shell.WachtOpInteractiefAsync();
        await shell.NavLink("Casussen").ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Casussen West");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/casussen$"));
    }

    [Fact]
    public async Task WrongPassword_ShowsTheDutchMessage_AndKeepsTheEmail()
    {
        var page = await server.NewPageAsync();
        var login = new LoginPage(page);
        await login.LogInAsync("wpi.west@example.org", "NietHetGoedeWachtwoord1!");
        await Expect(login.Fout).ToHaveTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await Expect(login.Email).ToHaveValueAsync("wpi.west@example.org");
    }

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        var shell = await new LoginPage(page).LogInAsync("beheerder@example.org");
        await shell.WachtOpInteractiefAsync();
        foreach (var (pad, kop) in new[]
        {
            ("/", "Goedendag"), ("/netwerk", "Netwerk"), ("/netwerk/archief", "Archief"), ("/netwerk/leden", "Leden"), ("/casussen", "Casussen"), ("/evaluaties", "Evaluaties"),
            ("/dashboard", "Dashboard"), ("/beheer", "Beheer"), ("/instellingen", "Instellingen"), ("/geen-toegang", "Geen toegang"), ("/bestaat-niet", "Pagina niet gevonden"),
        })
        {
            await page.GotoAsync(pad);
            await Expect(shell.Kop).ToContainTextAsync(kop);
            await shell.WachtOpInteractiefAsync();
            await page.Locator(".mud-progress-linear").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);
        }
    }

    [Fact]
    public async Task DarkMode_IsRememberedAndAccessible()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("netwerkmanager.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Donkere weergave" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lichte weergave" })).ToBeVisibleAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        await page.ReloadAsync();
        await shell.WachtOpInteractiefAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lichte weergave" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lichte weergave" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Donkere weergave" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnA390PixelPhone_TheShellFits_AndTheStadsdeelSwitcherWorks()
    {
        var page = await server.NewPageAsync(breedte: 390, hoogte: 844);
        var shell = await new LoginPage(page).LogInAsync("aanbieder.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Goedendag, Anouk Aanbod");
        await Expect(shell.Menuknop).ToBeVisibleAsync();

        var breedte = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(breedte <= 390, $"page is {breedte}px wide on a 390px screen");

        // The aanbieder works in West and Nieuw-West: the switcher offers both and the page follows the choice.
        await shell.KiesStadsdeelAsync("Nieuw-West");
        await Expect(page.GetByText("stadsdeel Nieuw-West")).ToBeVisibleAsync();
        await shell.KiesStadsdeelAsync("West");
        await Expect(page.GetByText("stadsdeel West", new() { Exact = false })).ToBeVisibleAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);
    }

    [Fact]
    public async Task Manifest_MakesThePortalInstallableOnAPhone()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        var href = await page.Locator("link[rel=manifest]").GetAttributeAsync("href");
        var manifest = await page.APIRequest.GetAsync(href!);
        Assert.True(manifest.Ok);
        using var json = JsonDocument.Parse(await manifest.TextAsync());
        Assert.Equal("standalone", json.RootElement.GetProperty("display").GetString());
        Assert.Equal("/", json.RootElement.GetProperty("start_url").GetString());
        var iconen = json.RootElement.GetProperty("icons").EnumerateArray().ToList();
        foreach (var maat in new[] { "192x192", "512x512" })
        {
            var icoon = iconen.Single(i => i.GetProperty("sizes").GetString() == maat);
            var antwoord = await page.APIRequest.GetAsync(icoon.GetProperty("src").GetString()!);
            Assert.True(antwoord.Ok, $"icon {maat} not served");
            Assert.Equal("image/png", antwoord.Headers["content-type"]);
        }
    }
}
