using Microsoft.Playwright;
using OtpNet;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The account pages of two-factor sign-in: setup (key, QR code, first code, recovery codes) and the second step.</summary>
public sealed class TweeStapsPage(IPage page)
{
    public ILocator Sleutel => page.GetByTestId("sleutel");
    public ILocator QrCode => page.GetByRole(AriaRole.Img, new() { Name = "QR-code voor de authenticator-app" });
    public ILocator Verplicht => page.GetByTestId("tweestaps-verplicht");
    public ILocator Herstelcodes => page.GetByTestId("herstelcodes").Locator("li");

    /// <summary>What a person does with the app: type in the key shown, read the code the app makes.</summary>
    public async Task<string> LeesSleutelAsync() => (await Sleutel.InnerTextAsync()).Replace(" ", "").ToUpperInvariant();

    public static string Code(string sleutel) => new Totp(Base32Encoding.ToBytes(sleutel)).ComputeTotp();

    public async Task BevestigAsync(string code)
    {
        await page.GetByLabel("Code uit de app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
    }

    public async Task VerderNaarDePortalAsync() =>
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder naar de portal" }).ClickAsync();

    public async Task VulTweedeStapInAsync(string code)
    {
        await page.GetByLabel("Code of herstelcode").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}
