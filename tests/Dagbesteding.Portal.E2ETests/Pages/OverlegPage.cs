using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The casuïstiekoverleg: the list with the planning form, and a meeting's agenda.</summary>
public sealed class OverlegPage(IPage page)
{
    public ILocator Agendapunten => page.GetByTestId("agendapunt");
    public ILocator Fout => page.GetByTestId("agenda-fout");

    public async Task PlanAsync(DateOnly datum, string tijd, string plaats)
    {
        await page.GotoAsync("/netwerk/overleg");
        await new ShellPage(page).WachtOpInteractiefAsync();
        var datumVeld = page.GetByLabel("Datum", new() { Exact = true });
        await datumVeld.FillAsync(datum.ToString("dd-MM-yyyy"));
        await datumVeld.PressAsync("Tab");
        await page.GetByLabel("Tijd", new() { Exact = true }).FillAsync(tijd);
        await page.GetByLabel("Plaats", new() { Exact = true }).FillAsync(plaats);
        await page.GetByTestId("overleg-plannen").ClickAsync();
    }

    public async Task ZetVraagOpAgendaAsync(string nummer, string toelichting)
    {
        await page.GetByLabel("Nummer van de adviesvraag").FillAsync(nummer);
        await page.GetByLabel("Waarom bespreken? (niet verplicht)").FillAsync(toelichting);
        await page.GetByTestId("punt-toevoegen").ClickAsync();
    }
}
