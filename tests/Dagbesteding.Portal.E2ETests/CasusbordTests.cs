using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class CasusbordTests(PortalServer server)
{
    private static string NieuwKenmerk() => $"E2E-{Random.Shared.Next(10000, 99999)}";

    [Fact]
    public async Task AMoveByOneUser_AppearsLiveForTheOther_AndAConcurrentEditIsRefused()
    {
        var kenmerk = NieuwKenmerk();
        var eenPagina = await server.NewPageAsync();
        await new LoginPage(eenPagina).LogInAsync("regievoerder.west@example.org");
        var anderPagina = await server.NewPageAsync();
        await new LoginPage(anderPagina).LogInAsync("regievoerder.west@example.org");
        var aanbiederPagina = await server.NewPageAsync();
        await new LoginPage(aanbiederPagina).LogInAsync("aanbieder.west@example.org");

        // The filter lives in the URL: the same link shows the same view in the other browser.
        const string filter = "?mijn=true&spoed=true";
        var een = new CasusbordPage(eenPagina);
        var ander = new CasusbordPage(anderPagina);
        await een.OpenAsync(filter);
        await ander.OpenAsync(filter);
        var aanmeldingen = int.Parse(await ander.Aantal("Aanmelding").InnerTextAsync());
        var regiechecks = int.Parse(await ander.Aantal("Regiecheck").InnerTextAsync());

        // Presence: the aanbieder opens the West board and the regievoerder sees who is looking.
        await new CasusbordPage(aanbiederPagina).OpenAsync();
        await Expect(een.Aanwezig).ToContainTextAsync("Ook aan het kijken", new() { Timeout = 2_000 });

        await een.MeldAanAsync(kenmerk, spoed: true);
        await Expect(een.Kolom("Aanmelding").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync();
        // The new casus shows on the other open board without a reload.
        await Expect(ander.Kolom("Aanmelding").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync(new() { Timeout = 2_000 });
        // ...and the column's count moves with it.
        await Expect(ander.Aantal("Aanmelding")).ToHaveTextAsync((aanmeldingen + 1).ToString());

        // A refused move is explained in Dutch and the card stays where it was.
        await een.VerplaatsViaMenuAsync(kenmerk, "Beschikken");
        await Expect(eenPagina.Locator(".mud-snackbar").Filter(new() { HasText = "stap voor stap" })).ToBeVisibleAsync();
        await Expect(een.Kolom("Aanmelding").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync();

        // A move by one appears live for the other within 1 second (the issue's bar), counted from when the mover sees it.
        await een.VerplaatsViaMenuAsync(kenmerk, "Regiecheck");
        await Expect(een.Kolom("Regiecheck").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync();
        await Expect(ander.Kolom("Regiecheck").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync(new() { Timeout = 1_000 });
        await Expect(ander.Aantal("Aanmelding")).ToHaveTextAsync(aanmeldingen.ToString());
        await Expect(ander.Aantal("Regiecheck")).ToHaveTextAsync((regiechecks + 1).ToString());

        // Spoed: straight to delivery, at the aanbieder's own risk.
        await ander.VerplaatsViaMenuAsync(kenmerk, "LeverenInzet");
        var geleverd = een.Kolom("LeverenInzet").Locator(".casus-kaart").Filter(new() { HasText = kenmerk });
        await Expect(geleverd).ToContainTextAsync("Levering op eigen risico", new() { Timeout = 2_000 });

        // Both open the case page; the first save wins, the second is refused with the latest state.
        await een.OpenCasusAsync(kenmerk);
        await Expect(eenPagina).ToHaveURLAsync(new Regex(@"/casussen/\d+$"));
        await anderPagina.GotoAsync(eenPagina.Url);
        await new ShellPage(anderPagina).WachtOpInteractiefAsync();
        await Expect(ander.Stap).ToContainTextAsync("Leveren inzet");

        await een.BewaarPlanAsync();
        await Expect(eenPagina.Locator(".mud-snackbar").Filter(new() { HasText = "Het plan is opgeslagen." })).ToBeVisibleAsync();
        // The second user has typed something; after the refusal it is still there.
        await anderPagina.GetByLabel("Perceel").ClickAsync();
        await anderPagina.GetByRole(Microsoft.Playwright.AriaRole.Option, new() { Name = "Meewerken-plus", Exact = true }).ClickAsync();
        await ander.BewaarPlanAsync();
        await Expect(ander.CasusFout).ToContainTextAsync("Iemand anders heeft deze casus intussen gewijzigd");
        await Expect(anderPagina.Locator(".mud-select", new() { HasText = "Perceel" }).Locator("input").First).ToHaveValueAsync("Meewerken-plus");
        await Expect(anderPagina.GetByTestId("tijdlijn")).ToContainTextAsync("Ondersteuningsplan bijgewerkt");
    }

    [Fact]
    public async Task BoardAndCasePage_HaveNoSeriousAccessibilityProblems_AndAnotherStadsdeelIsRefused()
    {
        var kenmerk = NieuwKenmerk();
        var pagina = await server.NewPageAsync();
        await new LoginPage(pagina).LogInAsync("regievoerder.west@example.org");
        var bord = new CasusbordPage(pagina);
        await bord.OpenAsync("?mijn=true&spoed=true");
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(pagina);

        await bord.MeldAanAsync(kenmerk, spoed: true);
        await Expect(bord.Kaart(kenmerk)).ToBeVisibleAsync();
        await bord.OpenCasusAsync(kenmerk);
        // A fresh load: the check is about the case page, not the snackbar of the board.
        await pagina.ReloadAsync();
        await new ShellPage(pagina).WachtOpInteractiefAsync();
        await Expect(bord.Stap).ToContainTextAsync("Aanmelding");
        await pagina.Locator(".mud-progress-linear").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(pagina);
        var adres = pagina.Url;

        // The same case id in the URL, for a regievoerder of Oost: refused.
        var oost = await server.NewPageAsync();
        await new LoginPage(oost).LogInAsync("regievoerder.oost@example.org");
        await oost.GotoAsync(adres);
        await Expect(oost.GetByTestId("geen-toegang")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task DraggingACard_ToTheNextColumn_MovesIt()
    {
        var kenmerk = NieuwKenmerk();
        var pagina = await server.NewPageAsync();
        await new LoginPage(pagina).LogInAsync("regievoerder.west@example.org");
        var bord = new CasusbordPage(pagina);
        await bord.OpenAsync("?mijn=true&spoed=true");
        await bord.MeldAanAsync(kenmerk, spoed: true);
        var kaart = bord.Kolom("Aanmelding").Locator(".casus-kaart").Filter(new() { HasText = kenmerk });
        await Expect(kaart).ToBeVisibleAsync();

        await kaart.DragToAsync(bord.Kolom("Regiecheck").GetByTestId("zone-Regiecheck"));

        await Expect(bord.Kolom("Regiecheck").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToBeVisibleAsync();
        await Expect(bord.Kolom("Aanmelding").Locator(".casus-kaart").Filter(new() { HasText = kenmerk })).ToHaveCountAsync(0);
    }
}
