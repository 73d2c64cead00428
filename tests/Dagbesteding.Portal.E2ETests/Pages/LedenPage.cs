using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The member list of a stadsdeel channel (/netwerk/leden).</summary>
public sealed class LedenPage(IPage page)
{
    public ILocator Kop => page.Locator("h1");
    public ILocator Leden => page.GetByTestId("leden");
    public ILocator LidToevoegen => page.GetByTestId("lid-toevoegen");
    public ILocator Zoekveld => page.GetByLabel("Zoek op naam of organisatie");
    public ILocator Kandidaten => page.GetByTestId("kandidaten");
    public ILocator AfmeldReden => page.GetByLabel("Reden van afmelding");
    public ILocator AfmeldingBevestigen => page.GetByTestId("afmelding-bevestigen");
    public ILocator AfmeldFout => page.GetByTestId("afmeldfout");
    public ILocator MijAfmelden => page.GetByTestId("mij-afmelden");
    public ILocator Melding => page.Locator(".mud-snackbar");

    public ILocator Lid(string naam) => Leden.Locator("tr", new() { Has = page.GetByText(naam, new() { Exact = true }) });

    public ILocator Tab(string begin) => page.GetByRole(AriaRole.Tab, new() { Name = begin });

    public async Task OpenAsync()
    {
        await page.GotoAsync("/netwerk/leden");
        await page.Locator("main[data-interactief='ja']").WaitForAsync();
        await page.Locator(".mud-progress-linear").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
