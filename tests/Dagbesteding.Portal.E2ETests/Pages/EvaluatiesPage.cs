using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>Mijn evaluaties (/evaluaties) and the evaluation on the case page.</summary>
public sealed class EvaluatiesPage(IPage page)
{
    public ILocator Gestart => page.GetByTestId("gestart");
    public ILocator OverdrachtTeSturen => page.GetByTestId("overdracht-te-sturen");
    public ILocator Status => page.GetByTestId("evaluatie-status");
    public ILocator OverdrachtStatus => page.GetByTestId("overdracht-status");
    public ILocator AnonimiteitFout => page.GetByTestId("anonimiteit-fout");

    public async Task OpenAsync()
    {
        await page.GotoAsync("/evaluaties");
        await new ShellPage(page).WachtOpInteractiefAsync();
        await page.Locator(".mud-progress-linear").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    public async Task OpenCasusAsync(int casusId)
    {
        await page.GotoAsync($"/casussen/{casusId}");
        await new ShellPage(page).WachtOpInteractiefAsync();
        await Status.WaitForAsync();
    }

    /// <summary>Types a date into the plan's Evaluatiedatum field (dd-mm-jjjj), as a keyboard user would.</summary>
    public async Task VulEvaluatiedatumInAsync(DateOnly datum)
    {
        var veld = page.GetByLabel("Evaluatiedatum", new() { Exact = true });
        await veld.FillAsync(datum.ToString("dd-MM-yyyy"));
        await veld.PressAsync("Tab");
    }

    public async Task StuurOverdrachtAsync(string doelen, string watWerkte, string advies)
    {
        await page.GetByLabel("Zijn de doelen bereikt?").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = doelen, Exact = true }).ClickAsync();
        await page.GetByLabel("Wat werkte goed").FillAsync(watWerkte);
        await page.GetByLabel("Advies voor het vervolg").FillAsync(advies);
        await page.GetByTestId("overdracht-sturen").ClickAsync();
    }
}
