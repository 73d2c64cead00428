using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// Two steps required for Netwerkmanager (the production setting), in a real browser on a server of its own (the
/// shared one signs the demo Netwerkmanager in with a password only). The "app" is the test: it reads the key from
/// the page, as a person types it into an authenticator app, and computes the code.
/// </summary>
public sealed class TweeStapsTests : IAsyncLifetime
{
    private readonly PortalServer _server = new(new Dictionary<string, string?>
    {
        ["Authentication:TweeStaps:VerplichtVoor"] = "Beheerder,Netwerkmanager",
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Netwerkmanager_WithoutTwoFactor_SetsItUpAfterThePassword_GetsRecoveryCodes_AndThenReachesThePortal()
    {
        var page = await _server.NewPageAsync();
        var tweeStaps = new TweeStapsPage(page);

        await new LoginPage(page).LogInAsync("netwerkmanager.west@example.org");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/tweestaps-instellen"));
        await Expect(tweeStaps.Verplicht).ToBeVisibleAsync();
        await Expect(tweeStaps.QrCode).ToBeVisibleAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        // Not in the portal yet: the password alone gave no session.
        await page.GotoAsync("/netwerk");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen"));
        await page.GotoAsync("/account/tweestaps-instellen");

        var sleutel = await tweeStaps.LeesSleutelAsync();
        var fout = ((int.Parse(TweeStapsPage.Code(sleutel)) + 500_000) % 1_000_000).ToString("D6");
        await tweeStaps.BevestigAsync(fout);
        await Expect(page.GetByTestId("tweestaps-fout")).ToContainTextAsync("Deze code klopt niet");
        await tweeStaps.BevestigAsync(TweeStapsPage.Code(sleutel));
        await Expect(tweeStaps.Herstelcodes).ToHaveCountAsync(10);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        await tweeStaps.VerderNaarDePortalAsync();
        var shell = new ShellPage(page);
        await shell.WachtOpInteractiefAsync();
        await Expect(shell.GebruikerNaam).ToContainTextAsync("Naima Netwerk");
        await page.GotoAsync("/netwerk");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/netwerk$"));

        // The next sign-in asks the code after the password.
        var later = await _server.NewPageAsync();
        await new LoginPage(later).LogInAsync("netwerkmanager.west@example.org");
        await Expect(later).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inloggen/tweestaps"));
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(later);
        await new TweeStapsPage(later).VulTweedeStapInAsync(TweeStapsPage.Code(sleutel));
        await new ShellPage(later).WachtOpInteractiefAsync();

        foreach (var adres in new[] { "/account/tweestaps", "/account/wachtwoord" })
        {
            await later.GotoAsync(adres);
            await Expect(later.Locator("h1")).ToBeVisibleAsync();
            await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(later);
        }
    }
}
