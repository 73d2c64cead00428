using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>The Beheerder's audit screen in a real browser: "who looked at casus X".</summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class AuditlogSchermTests(PortalServer server)
{
    private const string Regievoerder = "regievoerder.west@example.org";

    [Fact]
    public async Task Beheerder_SearchesACasus_AndSeesWhoLookedAtIt_AndABadPeriodKeepsTheInput()
    {
        var (casus, kijker) = await GeopendeCasusAsync();
        var page = await server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("beheerder@example.org");
        await shell.WachtOpInteractiefAsync();
        await page.GotoAsync("/beheer");
        await shell.WachtOpInteractiefAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }).ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Auditlog");
        var audit = new AuditlogPage(page);

        await audit.ZoekObjectAsync("Casus", casus);

        var rij = audit.Rijen.Filter(new() { HasText = kijker }).Filter(new() { HasText = "Bekeken" });
        await Expect(rij).ToHaveCountAsync(1);
        await Expect(rij).ToContainTextAsync($"Casus {casus}");
        await Expect(rij).ToContainTextAsync("Gelukt");
        // Only this casus: no line of another object.
        await Expect(audit.Rijen.Filter(new() { HasNotText = $"Casus {casus}" })).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/beheer/audit\\?soort=Casus&id={casus}$"));
        await Expect(audit.Export).ToHaveAttributeAsync("href", $"/beheer/audit/export.csv?soort=Casus&id={casus}");
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        // An end before the start: refused in Dutch, the typed input and the earlier results stay.
        await audit.Van.FillAsync("25-06-2026");
        await audit.Van.PressAsync("Tab");
        await audit.Tot.FillAsync("01-06-2026");
        await audit.Tot.PressAsync("Tab");
        await audit.Zoeken.ClickAsync();
        await Expect(audit.Fout).ToContainTextAsync("De einddatum ligt vóór de begindatum");
        await Expect(audit.Van).ToHaveValueAsync("25-06-2026");
        await Expect(audit.ObjectNummer).ToHaveValueAsync(casus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(rij).ToHaveCountAsync(1);

        // The link of "who looked at casus X" opens the same answer directly.
        var tweede = await server.NewPageAsync();
        await new LoginPage(tweede).LogInAsync("beheerder@example.org");
        await new ShellPage(tweede).WachtOpInteractiefAsync();
        await tweede.GotoAsync($"/beheer/audit?soort=Casus&id={casus}");
        await Expect(new AuditlogPage(tweede).Rijen.Filter(new() { HasText = kijker }).Filter(new() { HasText = "Bekeken" })).ToHaveCountAsync(1);
        await tweede.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A new casus of regievoerder.west, opened by them through the app's service; returns its id and their name.</summary>
    private async Task<(int Id, string Naam)> GeopendeCasusAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var casussen = services.GetRequiredService<CasusService>();
        var gebruikers = services.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await gebruikers.FindByEmailAsync(Regievoerder))!;
        var regie = new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, (await gebruikers.GetRolesAsync(gebruiker)).ToList());
        int west;
        string naam;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
            naam = await db.Medewerkers.Where(m => m.Id == regie.MedewerkerId).Select(m => m.Naam).SingleAsync();
        }
        var nieuw = await casussen.MaakAanAsync(regie, new NieuweCasus { StadsdeelId = west, Kenmerk = $"AU-{Random.Shared.Next(10000, 99999)}", Perceel = Perceel.Meedoen });
        Assert.True(nieuw.Gelukt, nieuw.Fout);
        Assert.NotNull(await casussen.OpenAsync(regie, nieuw.Waarde));
        return (nieuw.Waarde, naam);
    }
}
