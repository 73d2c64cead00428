using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

public sealed class LoginPage(IPage page)
{
    public const string Wachtwoord = "Dagbesteding!2026";

    public ILocator Email => page.GetByLabel("E-mailadres");
    public ILocator WachtwoordVeld => page.GetByLabel("Wachtwoord");
    public ILocator Fout => page.GetByTestId("login-fout");

    public async Task OpenAsync() => await page.GotoAsync("/inloggen");

    public async Task<ShellPage> LogInAsync(string email, string wachtwoord = Wachtwoord)
    {
        await OpenAsync();
        await Email.FillAsync(email);
        await WachtwoordVeld.FillAsync(wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        return new ShellPage(page);
    }
}
