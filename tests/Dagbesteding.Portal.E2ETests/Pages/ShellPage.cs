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

    public ILocator NavLink(string naam) => Navigatie.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public async Task WachtOpInteractiefAsync() =>
        await page.Locator("main[data-interactief='ja']").WaitForAsync();

    public async Task KiesStadsdeelAsync(string naam)
    {
        await StadsdeelKeuze.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = naam, Exact = true }).ClickAsync();
    }
}
