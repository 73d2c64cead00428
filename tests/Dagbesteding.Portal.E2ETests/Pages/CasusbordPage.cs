using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The casusbord (/casussen) and the case page (/casussen/{id}).</summary>
public sealed class CasusbordPage(IPage page)
{
    public IPage Page => page;
    public ILocator Aanwezig => page.GetByTestId("aanwezig");
    public ILocator CasusFout => page.GetByTestId("casus-fout");
    public ILocator Stap => page.GetByTestId("stap");

    public ILocator Kolom(string stap) => page.GetByTestId($"kolom-{stap}");

    /// <summary>The count chip of a column.</summary>
    public ILocator Aantal(string stap) => page.GetByTestId($"aantal-{stap}");

    public ILocator Kaart(string kenmerk) => page.Locator(".casus-kaart").Filter(new() { HasText = kenmerk });

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("/casussen" + query);
        await new ShellPage(page).WachtOpInteractiefAsync();
        await page.Locator(".mud-progress-linear").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task MeldAanAsync(string kenmerk, bool spoed)
    {
        await page.GetByText("Nieuwe casus aanmelden").ClickAsync();
        await page.GetByLabel("Kenmerk (RIS)").FillAsync(kenmerk);
        if (spoed)
        {
            await page.GetByLabel("Spoed", new() { Exact = true }).CheckAsync();
        }
        await page.GetByTestId("nieuw-opslaan").ClickAsync();
    }

    /// <summary>The keyboard alternative to dragging: the "Verplaats naar…" select on the card.</summary>
    public async Task VerplaatsViaMenuAsync(string kenmerk, string stap) =>
        await page.GetByRole(AriaRole.Combobox, new() { Name = $"Verplaats {kenmerk} naar…" }).SelectOptionAsync(stap);

    public async Task OpenCasusAsync(string kenmerk)
    {
        await Kaart(kenmerk).GetByRole(AriaRole.Link, new() { Name = kenmerk }).ClickAsync();
        await new ShellPage(page).WachtOpInteractiefAsync();
        await page.Locator("h1").Filter(new() { HasText = kenmerk }).WaitForAsync();
    }

    public Task BewaarPlanAsync() => page.GetByTestId("plan-opslaan").ClickAsync();
}
