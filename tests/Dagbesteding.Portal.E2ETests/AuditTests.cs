using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// What the audit log says about a person opening a casus in a real browser: prerendering and the circuit render the
/// page twice, the person opened it once.
/// </summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class AuditTests(PortalServer server)
{
    private const string Regievoerder = "regievoerder.west@example.org";

    [Fact]
    public async Task OpeningACasus_IsLoggedOnce_WithTheBrowsersOrigin_AndOpeningItAgainInTheSamePage_IsLoggedAgain()
    {
        var (id, kenmerk) = await CasusAsync();
        var page = await server.NewPageAsync();
        await new LoginPage(page).LogInAsync(Regievoerder);

        // A full load: prerendered on the server, then rendered again when the circuit starts.
        await page.GotoAsync($"/casussen/{id}");
        await new ShellPage(page).WachtOpInteractiefAsync();
        await page.Locator("h1").Filter(new() { HasText = kenmerk }).WaitForAsync();

        // The sentinel: back to the board and into the casus again inside the same circuit. This open comes after the
        // circuit's first render, so once it is logged the first render's line (if any) is there too.
        await page.GetByRole(AriaRole.Link, new() { Name = "Casussen", Exact = true }).First.ClickAsync();
        var bord = new CasusbordPage(page);
        await page.Locator(".mud-progress-linear").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await bord.OpenCasusAsync(kenmerk);

        var regels = await WachtOpRegelsAsync(id, aantal: 2);
        Assert.Equal(2, regels.Count);
        Assert.All(regels, r =>
        {
            Assert.Equal(AuditResultaat.Gelukt, r.Resultaat);
            Assert.Equal("127.0.0.1", r.IpAdres);
            Assert.Contains("Chrome", r.Client);
            Assert.NotNull(r.SessieId);
            Assert.NotNull(r.OrganisatieId);
        });
        Assert.Single(regels.Select(r => r.SessieId).Distinct());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Waits until at least <paramref name="aantal"/> view lines exist, then a moment more, so a line too many (the
    /// double log this test is about) would be there too.
    /// </summary>
    private async Task<List<AuditRegel>> WachtOpRegelsAsync(int casusId, int aantal)
    {
        var tot = DateTime.UtcNow.AddSeconds(10);
        List<AuditRegel> regels;
        do
        {
            await Task.Delay(100);
            regels = await RegelsAsync(casusId);
        }
        while (regels.Count < aantal && DateTime.UtcNow < tot);
        await Task.Delay(500);
        return await RegelsAsync(casusId);
    }

    private async Task<List<AuditRegel>> RegelsAsync(int casusId)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Casus && r.ObjectId == casusId && r.Actie == AuditActie.Bekeken)
            .OrderBy(r => r.Id).ToListAsync();
    }

    private async Task<(int Id, string Kenmerk)> CasusAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var gebruikers = services.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await gebruikers.FindByEmailAsync(Regievoerder))!;
        var regie = new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, (await gebruikers.GetRolesAsync(gebruiker)).ToList());
        int west;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
        }
        var kenmerk = $"AU-{Random.Shared.Next(10000, 99999)}";
        var nieuw = await services.GetRequiredService<CasusService>()
            .MaakAanAsync(regie, new NieuweCasus { StadsdeelId = west, Kenmerk = kenmerk, Perceel = Perceel.Meedoen });
        Assert.True(nieuw.Gelukt, nieuw.Fout);
        return (nieuw.Waarde, kenmerk);
    }
}
