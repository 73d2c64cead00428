using System.Security.Cryptography;
using System.Text.Json;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// The service worker (wwwroot-assets/sw.js): it must give an offline page for navigations without breaking Blazor
/// Server, and its push helpers must answer in every browser state without throwing.
/// </summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class ServiceWorkerTests(PortalServer server)
{
    [Fact]
    public async Task ServiceWorker_RegistersAfterLogin_AndServesTheOfflinePage()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");
        await shell.WachtOpInteractiefAsync();

        var script = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => r.active.scriptURL)");
        Assert.EndsWith("/sw.js", script);
        // clients.claim(): the page that registered the worker is controlled by it without a reload.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => navigator.serviceWorker.controller ? true : new Promise(r => navigator.serviceWorker.addEventListener('controllerchange', () => r(true), { once: true }))"));

        // With the worker in between, a full page load and the circuit (enhanced navigation, the WebSocket) still work.
        await page.GotoAsync("/netwerk");
        await shell.WachtOpInteractiefAsync();
        await Expect(shell.Kop).ToContainTextAsync("Netwerk");
        await shell.NavLink("Casussen").ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Casussen West");

        // Supported, not refused, not subscribed: what a fresh browser reports before the person switches push on.
        Assert.Equal("uit", await page.EvaluateAsync<string>("() => portal.pushStatus()"));

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync("/evaluaties");
        var offline = new OfflinePage(page);
        await Expect(offline.Kop).ToHaveTextAsync("Geen verbinding");
        await Expect(offline.Uitleg).ToContainTextAsync("heeft een internetverbinding nodig");
        Assert.EndsWith("/evaluaties", page.Url);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        // "Opnieuw proberen" loads the page the user asked for once the network is back.
        await page.Context.SetOfflineAsync(false);
        await offline.OpnieuwProberen.ClickAsync();
        await Expect(shell.Kop).ToContainTextAsync("Evaluaties");
        await shell.WachtOpInteractiefAsync();

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ServiceWorkerScript_IsRevalidatedOnEveryCheck_WhileOtherStaticFilesAreCached()
    {
        var page = await server.NewPageAsync();
        var sw = await page.APIRequest.GetAsync("/sw.js");
        Assert.True(sw.Ok);
        Assert.Equal("no-cache", sw.Headers["cache-control"]);
        Assert.Contains("javascript", sw.Headers["content-type"]);

        var offline = await page.APIRequest.GetAsync("/offline.html");
        Assert.True(offline.Ok);
        Assert.Equal("public,max-age=3600", offline.Headers["cache-control"]);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ServiceWorker_ShowsAPushMessage_WithOnlyALocalLink()
    {
        var page = await server.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["notifications"]);
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");

        // Chromium's DevTools protocol delivers a push message to the worker as the push service would.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var registratie = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Wait for the activated version: a push sent to a worker that is still activating is only queued.
        cdp.Event("ServiceWorker.workerVersionUpdated").OnEvent += (_, e) =>
        {
            foreach (var v in e!.Value.GetProperty("versions").EnumerateArray())
            {
                if (v.GetProperty("scriptURL").GetString() == $"{server.BaseUrl}/sw.js" && v.GetProperty("status").GetString() == "activated")
                {
                    registratie.TrySetResult(v.GetProperty("registrationId").GetString()!);
                }
            }
        };
        await cdp.SendAsync("ServiceWorker.enable");
        var registrationId = await registratie.Task.WaitAsync(TimeSpan.FromSeconds(10));

        async Task<JsonElement> StuurAsync(object bericht, string tag)
        {
            await cdp.SendAsync("ServiceWorker.deliverPushMessage", new()
            {
                ["origin"] = server.BaseUrl,
                ["registrationId"] = registrationId,
                ["data"] = JsonSerializer.Serialize(bericht),
            });
            return await page.EvaluateAsync<JsonElement>(
                """
                async tag => {
                    const r = await navigator.serviceWorker.ready;
                    // The page gets no event when the worker shows a notification: look every 50 ms, 10 s at most.
                    for (let i = 0; i < 200; i++) {
                        const [n] = await r.getNotifications({ tag });
                        if (n) { return { title: n.title, body: n.body, icon: n.icon, lang: n.lang, link: n.data.link }; }
                        await new Promise(t => setTimeout(t, 50));
                    }
                    return { alle: (await r.getNotifications()).map(n => n.title + '|' + n.tag) };
                }
                """, tag);
        }

        var melding = await StuurAsync(new { titel = "Nieuwe reactie", tekst = "Anouk reageerde op uw vraag.", link = "/netwerk/vragen/12", tag = "vraag-12" }, "vraag-12");
        Assert.True(melding.TryGetProperty("title", out _), $"no notification with tag vraag-12: {melding}");
        Assert.Equal("Nieuwe reactie", melding.GetProperty("title").GetString());
        Assert.Equal("Anouk reageerde op uw vraag.", melding.GetProperty("body").GetString());
        Assert.EndsWith("/img/icon-192.png", melding.GetProperty("icon").GetString());
        Assert.Equal("nl", melding.GetProperty("lang").GetString());
        Assert.Equal("/netwerk/vragen/12", melding.GetProperty("link").GetString());

        foreach (var (link, tag) in new[] { ("https://example.com/phish", "extern"), ("//example.com/phish", "protocol-relatief"), ("/\\example.com", "backslash"), ("javascript:alert(1)", "script") })
        {
            var onveilig = await StuurAsync(new { titel = "Link", tekst = "Tekst", link, tag }, tag);
            Assert.True(onveilig.TryGetProperty("link", out _), $"no notification with tag {tag}: {onveilig}");
            Assert.Equal("/", onveilig.GetProperty("link").GetString());
        }

        await cdp.DetachAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PushHelpers_AnswerWithoutThrowing_WhetherPermissionIsRefusedOrGranted()
    {
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");
        await shell.WachtOpInteractiefAsync();
        var sleutel = NieuweVapidSleutel();

        // Without permission (headless chromium dismisses the prompt): a refusal, never an exception.
        var geweigerd = await page.EvaluateAsync<JsonElement>("k => portal.pushAanzetten(k)", sleutel);
        Assert.False(geweigerd.GetProperty("ok").GetBoolean());
        Assert.Equal("geweigerd", geweigerd.GetProperty("reden").GetString());
        Assert.False(string.IsNullOrEmpty(geweigerd.GetProperty("fout").GetString()));

        // With permission: Playwright's contexts are off the record, where Chromium has no Push API ("Registration
        // failed - permission denied"), and no push service is reachable anyway; a real browser subscribes. Either way
        // the answer has the documented shape.
        await page.Context.GrantPermissionsAsync(["notifications"]);
        var poging = await page.EvaluateAsync<JsonElement>("k => portal.pushAanzetten(k)", sleutel);
        if (poging.GetProperty("ok").GetBoolean())
        {
            var abonnement = poging.GetProperty("abonnement");
            Assert.StartsWith("https://", abonnement.GetProperty("endpoint").GetString());
            Assert.False(string.IsNullOrEmpty(abonnement.GetProperty("p256dh").GetString()));
            Assert.False(string.IsNullOrEmpty(abonnement.GetProperty("auth").GetString()));
            Assert.Equal("aan", await page.EvaluateAsync<string>("() => portal.pushStatus()"));
            Assert.Equal(abonnement.GetProperty("endpoint").GetString(), await page.EvaluateAsync<string?>("() => portal.pushUitzetten()"));
        }
        else
        {
            Assert.Equal("mislukt", poging.GetProperty("reden").GetString());
            Assert.False(string.IsNullOrEmpty(poging.GetProperty("fout").GetString()));
        }
        Assert.Equal("uit", await page.EvaluateAsync<string>("() => portal.pushStatus()"));
        Assert.Null(await page.EvaluateAsync<string?>("() => portal.pushEndpoint()"));
        Assert.Null(await page.EvaluateAsync<string?>("() => portal.pushUitzetten()"));

        await page.Context.CloseAsync();
    }

    /// <summary>A VAPID public key as a server has one: an uncompressed P-256 point, base64url without padding.</summary>
    private static string NieuweVapidSleutel()
    {
        using var ec = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var punt = ec.ExportParameters(includePrivateParameters: false).Q;
        byte[] ruw = [0x04, .. punt.X!, .. punt.Y!];
        return Convert.ToBase64String(ruw).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
