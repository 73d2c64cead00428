using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The app shell: navigation, user, stadsdeel, light/dark.</summary>
public sealed class ShellPage(IPage page)
{
    public IPage Page => page;
    public ILocator Kop => page.Locator("h1");
    public ILocator GebruikerNaam => page.GetByTestId("gebruiker-naam");
    public ILocator Organisatie => page.GetByTestId("gebruiker-organisatie");
    public ILocator Navigatie => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
    public ILocator StadsdeelNaam => page.GetByTestId("stadsdeel-naam");
    public ILocator StadsdeelKeuze => page.GetByTestId("stadsdeel-keuze");
    public ILocator Menuknop => page.GetByRole(AriaRole.Button, new() { Name = "Menu openen of sluiten" });

    /// <summary>
    /// Blazor's default reconnect dialog (inside the open shadow root of <c>#components-reconnect-modal</c>): shown while
    /// the circuit has lost its connection, hidden again once it is back.
    /// </summary>
    /// <summary>The portal's own Dutch reconnect dialog (App.razor), visible while Blazor has set one of its state classes.</summary>
    public ILocator HerverbindDialoog => page.Locator("#components-reconnect-modal .portal-reconnect-venster");

    public ILocator NavLink(string naam) => Navigatie.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public async Task WachtOpInteractiefAsync() =>
        await page.Locator("main[data-interactief='ja']").WaitForAsync();

    public async Task KiesStadsdeelAsync(string naam)
    {
        await StadsdeelKeuze.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = naam, Exact = true }).ClickAsync();
    }

    /// <summary>Leaves a mark in this document, so a test can tell a reconnect to the same circuit from a reload.</summary>
    public Task MarkeerDezePaginaAsync() => page.EvaluateAsync("() => { window.__zelfdePagina = 1; }");

    public Task<bool> IsNogDezelfdePaginaAsync() => page.EvaluateAsync<bool>("() => window.__zelfdePagina === 1");
}
