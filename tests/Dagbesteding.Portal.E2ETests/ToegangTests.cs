using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>Access that ends also ends in a page that is open (issue 10.1).</summary>
[Collection(PortalServerCollection.Naam)]
public sealed class ToegangTests(PortalServer server)
{
    [Fact]
    public async Task OpenPage_OfADeactivatedMedewerker_GoesToTheLoginPage_AtTheNextCheck()
    {
        const string email = "regievoerder.oost@example.org";
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync(email);
        await shell.WachtOpInteractiefAsync();
        await page.GotoAsync("/casussen");
        await Expect(shell.Kop).ToHaveTextAsync("Casussen Oost");
        await shell.WachtOpInteractiefAsync();
        try
        {
            await ZetActiefAsync(email, false);

            // The test server checks every 2 s (PortalServer); nobody touches the page.
            await Expect(page).ToHaveURLAsync(new Regex("/inloggen"), new() { Timeout = 20_000 });
            await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        }
        finally
        {
            await ZetActiefAsync(email, true);
            await page.CloseAsync();
        }
    }

    private async Task ZetActiefAsync(string email, bool actief)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Medewerkers.Where(m => db.Users.Any(u => u.Email == email && u.MedewerkerId == m.Id))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, actief));
    }
}
