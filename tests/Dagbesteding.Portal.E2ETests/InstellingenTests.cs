using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// /instellingen in a real browser. Headless test contexts have no push service (Chromium answers "permission denied"
/// to subscribe), so the browser's Notification and PushManager are replaced by recording stand-ins before the page
/// loads: the tests prove that the Dutch prompt is offered, that the browser's permission prompt is really asked for,
/// and that a subscription travels through the page to the server and back into the list.
/// </summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class InstellingenTests(PortalServer server)
{
    private static string StandIn(string toestemming) => $$"""
        window.__gevraagd = 0;
        Notification.requestPermission = async () => { window.__gevraagd++; return "{{toestemming}}"; };
        const sleutel = n => btoa(String.fromCharCode(...Array.from({ length: n }, (_, i) => i === 0 && n === 65 ? 4 : (i * 7) % 256)))
            .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        PushManager.prototype.getSubscription = async () => window.__abonnement ?? null;
        PushManager.prototype.subscribe = async options => {
            const endpoint = "https://fcm.googleapis.com/fcm/send/e2e-" + Math.random().toString(36).slice(2);
            window.__abonnement = {
                endpoint, options,
                toJSON: () => ({ endpoint, keys: { p256dh: sleutel(65), auth: sleutel(16) } }),
                unsubscribe: async () => { window.__abonnement = null; return true; },
            };
            return window.__abonnement;
        };
        """;

    [Fact]
    public async Task PushPrompt_IsOfferedInDutch_AndAskingRegistersTheDevice()
    {
        var page = await server.NewPageAsync();
        await page.AddInitScriptAsync(StandIn("granted"));
        var shell = await new LoginPage(page).LogInAsync("aanbieder.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.GotoAsync("/instellingen");
        await shell.WachtOpInteractiefAsync();
        var instellingen = new InstellingenPage(page);

        await Expect(instellingen.Kop).ToHaveTextAsync("Instellingen");
        await Expect(instellingen.PushUitleg).ToContainTextAsync("vraagt uw browser om toestemming: kies daar Toestaan");
        await instellingen.PushAanzetten.ClickAsync();

        await Expect(instellingen.PushStatus).ToHaveTextAsync("Dit apparaat krijgt pushmeldingen.");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__gevraagd"));
        await Expect(instellingen.Apparaten).ToContainTextAsync("Chrome op Linux");
        // Checked once the confirmation has gone: axe measures a snackbar halfway through its fade as low contrast.
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitzetten op dit apparaat" }).ClickAsync();
        await Expect(instellingen.PushAanzetten).ToBeVisibleAsync();
        await Expect(instellingen.Apparaten).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RefusedPermission_ExplainsInDutchHowToAllowIt()
    {
        var page = await server.NewPageAsync();
        await page.AddInitScriptAsync(StandIn("denied"));
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.GotoAsync("/instellingen");
        await shell.WachtOpInteractiefAsync();
        var instellingen = new InstellingenPage(page);

        await instellingen.PushAanzetten.ClickAsync();

        await Expect(instellingen.PushBlok).ToContainTextAsync("U heeft meldingen voor deze site geblokkeerd");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__gevraagd"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChoicePerKind_IsSaved_AndStillThereAfterAReload()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("wpi.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await shell.NavLink("Instellingen").ClickAsync();
        var instellingen = new InstellingenPage(page);
        var schakelaar = instellingen.PushSchakelaar("Besluit over een adviesvraag waarbij ik betrokken ben");
        await Expect(schakelaar).ToBeCheckedAsync();

        await schakelaar.ClickAsync();
        await instellingen.Opslaan.ClickAsync();
        await Expect(page.GetByText("Uw keuzes voor meldingen zijn opgeslagen.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await shell.WachtOpInteractiefAsync();
        await Expect(instellingen.PushSchakelaar("Besluit over een adviesvraag waarbij ik betrokken ben")).Not.ToBeCheckedAsync();
        await Expect(instellingen.PushSchakelaar("Reactie op mijn adviesvraag")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}
