using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>Instellingen: push on this device, e-mail, quiet hours and the choice per kind of melding.</summary>
public sealed class InstellingenPage(IPage page)
{
    public ILocator Kop => page.Locator("h1");
    public ILocator PushAanzetten => page.GetByRole(AriaRole.Button, new() { Name = "Meldingen op dit apparaat aanzetten" });
    public ILocator PushUitleg => page.GetByTestId("push-uitleg");
    public ILocator PushStatus => page.GetByTestId("push-status");
    public ILocator Apparaten => page.GetByTestId("apparaten");
    public ILocator PushBlok => page.GetByTestId("push-apparaat");
    public ILocator Opslaan => page.GetByTestId("opslaan");

    public ILocator PushSchakelaar(string soort) => page.GetByRole(AriaRole.Switch, new() { Name = $"Push: {soort}" });
}
