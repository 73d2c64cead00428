using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>Beheer → Auditlog: the filter form, the table of lines and the export link.</summary>
public sealed class AuditlogPage(IPage page)
{
    public ILocator ObjectNummer => page.GetByLabel("Objectnummer", new() { Exact = true });
    public ILocator Van => page.GetByLabel("Van", new() { Exact = true });
    public ILocator Tot => page.GetByLabel("Tot en met", new() { Exact = true });
    public ILocator Zoeken => page.GetByTestId("audit-zoeken");
    public ILocator Regels => page.Locator("[aria-label='Auditregels']");
    public ILocator Rijen => Regels.Locator("tbody tr");
    public ILocator Fout => page.GetByTestId("audit-fout");
    public ILocator Export => page.GetByTestId("audit-export");

    public async Task KiesSoortAsync(string soort)
    {
        await page.GetByTestId("audit-soort").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = soort, Exact = true }).ClickAsync();
    }

    public async Task ZoekObjectAsync(string soort, int id)
    {
        await KiesSoortAsync(soort);
        await ObjectNummer.FillAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ObjectNummer.PressAsync("Tab");
        await Zoeken.ClickAsync();
    }
}
