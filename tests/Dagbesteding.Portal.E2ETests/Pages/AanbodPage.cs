using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The sociale kaart (/aanbod), a locatie's page and the locatie form.</summary>
public sealed class AanbodPage(IPage page)
{
    public ILocator Kaarten => page.GetByTestId("locatie-kaart");
    public ILocator Aantal => page.GetByTestId("aanbod-aantal");
    public ILocator Wijzigingen => page.GetByTestId("locatie-wijzigingen");
    public ILocator Naamveld => page.GetByLabel("Naam van de locatie");
    public ILocator PercelenFout => page.GetByTestId("locatie-percelen-fout");
    public ILocator FormulierFout => page.GetByTestId("locatie-fout");

    public ILocator Kaart(string naam) => Kaarten.Filter(new() { HasText = naam });

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("/aanbod" + query);
        await new ShellPage(page).WachtOpInteractiefAsync();
    }

    public async Task KiesDoelgroepAsync(string doelgroep)
    {
        await page.GetByTestId("filter-doelgroep").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = doelgroep, Exact = true }).ClickAsync();
    }

    public async Task VulLocatieInAsync(string naam, string stadsdeel)
    {
        await Naamveld.FillAsync(naam);
        await page.GetByTestId("locatie-stadsdeel").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = stadsdeel, Exact = true }).ClickAsync();
    }

    public Task VinkAanAsync(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true }).CheckAsync();

    public Task OpslaanAsync() => page.GetByTestId("locatie-opslaan").ClickAsync();
}
