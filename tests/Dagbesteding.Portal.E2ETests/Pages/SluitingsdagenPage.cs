using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>Beheer → Sluitingsdagen: statutory holidays (read-only) and the closure days the Beheerder sets.</summary>
public sealed class SluitingsdagenPage(IPage page)
{
    public ILocator Datum => page.GetByLabel("Datum", new() { Exact = true });
    public ILocator Omschrijving => page.GetByLabel("Omschrijving", new() { Exact = true });
    public ILocator Toevoegen => page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true });
    public ILocator Sluitingsdagen => page.Locator("[aria-label='Sluitingsdagen']");
    public ILocator Feestdagen => page.Locator("[aria-label='Wettelijke feestdagen']");
    public ILocator Foutmeldingen => page.Locator(".mud-input-helper-text.mud-input-error");

    public async Task VoegToeAsync(string datum, string omschrijving)
    {
        await Datum.FillAsync(datum);
        await Datum.PressAsync("Tab");
        await Omschrijving.FillAsync(omschrijving);
        await Toevoegen.ClickAsync();
    }

    public async Task VerwijderAsync(string datumWeergave)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sluitingsdag {datumWeergave} verwijderen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen", Exact = true }).ClickAsync();
    }
}
