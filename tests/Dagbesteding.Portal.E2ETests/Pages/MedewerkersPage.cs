using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>Beheer → Medewerkers: add and invite people, change their roles, (de)activate them.</summary>
public sealed class MedewerkersPage(IPage page)
{
    public ILocator Toevoegen => page.GetByTestId("toevoegen");
    public ILocator Naam => page.GetByLabel("Naam", new() { Exact = true });
    public ILocator Email => page.GetByLabel("E-mailadres", new() { Exact = true });
    public ILocator Opslaan => page.GetByTestId("opslaan");
    public ILocator FormulierFout => page.GetByTestId("formulier-fout");
    public ILocator Link => page.Locator("#uitnodigingslink");
    public ILocator Zoeken => page.GetByLabel("Zoeken", new() { Exact = true });
    public ILocator Tabel => page.Locator("[aria-label='Medewerkers']");

    public async Task KiesAsync(string testId, string optie)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = optie, Exact = true }).ClickAsync();
    }

    public Task VinkRolAanAsync(string rol) => page.GetByTestId("nieuwe-medewerker").GetByRole(AriaRole.Checkbox, new() { Name = rol, Exact = true }).CheckAsync();

    public ILocator Status(string email) => page.GetByTestId($"status-{email}");

    public async Task DeactiveerAsync(string naam)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"{naam} deactiveren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deactiveren", Exact = true }).ClickAsync();
    }
}
