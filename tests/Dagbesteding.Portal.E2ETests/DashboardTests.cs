using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class DashboardTests(PortalServer server)
{
    [Fact]
    public async Task TheNetwerkmanagersDashboard_CountsANewQuestionLive_RefusesAnEndBeforeTheStart_AndIsAccessible()
    {
        var pagina = await server.NewPageAsync();
        await new LoginPage(pagina).LogInAsync("netwerkmanager.west@example.org");
        await pagina.GotoAsync("/dashboard");
        await new ShellPage(pagina).WachtOpInteractiefAsync();
        var geplaatst = pagina.GetByTestId("geplaatst");
        await Expect(geplaatst).ToBeVisibleAsync();
        var voor = int.Parse(await geplaatst.InnerTextAsync());
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(pagina);
        await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "Excel" }).First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/dashboard/export/reactietijden\\.xlsx\\?stadsdeel=\\d+&van="));

        // A member asks a question in West: the dashboard counts it without a reload.
        var vragerPagina = await server.NewPageAsync();
        await new LoginPage(vragerPagina).LogInAsync("regievoerder.west@example.org");
        await new NetwerkPage(vragerPagina).StelVraagAsync("27–45 jaar", $"Wie heeft plek voor iemand van 40 die graag tekent? D{Random.Shared.Next(1000, 9999)}.");
        await Expect(geplaatst).ToHaveTextAsync((voor + 1).ToString(), new() { Timeout = 2_000 });

        // A period that ends before it starts is refused in Dutch; the figures stay.
        await pagina.GetByTestId("periode-soort").ClickAsync();
        await pagina.GetByRole(AriaRole.Option, new() { Name = "Zelf kiezen", Exact = true }).ClickAsync();
        await pagina.GetByLabel("Van", new() { Exact = true }).FillAsync("25-06-2026");
        await pagina.GetByLabel("Van", new() { Exact = true }).PressAsync("Tab");
        await pagina.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("01-06-2026");
        await pagina.GetByLabel("Tot en met", new() { Exact = true }).PressAsync("Tab");
        await pagina.GetByTestId("periode-toon").ClickAsync();
        await Expect(pagina.GetByTestId("periode-fout")).ToContainTextAsync("De einddatum ligt vóór de begindatum");
        await Expect(geplaatst).ToHaveTextAsync((voor + 1).ToString());

        // Closed, so the next tests' pages of the same users stay within the circuits-per-user limit.
        await pagina.Context.CloseAsync();
        await vragerPagina.Context.CloseAsync();
    }
}
