using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class EvaluatieTests(PortalServer server)
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";

    [Fact]
    public async Task ADateTwentyDaysAhead_OpensTheEvaluation_LiveInMijnEvaluaties_AndTheAanbiederSeesTheOverdrachtDue()
    {
        var (casusId, kenmerk) = await LeverendeCasusAsync();
        var vandaag = WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow);

        // The regievoerder has Mijn evaluaties open in one tab and the case page in another.
        var lijstPagina = await server.NewPageAsync();
        await new LoginPage(lijstPagina).LogInAsync(Regievoerder);
        var lijst = new EvaluatiesPage(lijstPagina);
        await lijst.OpenAsync();
        await Expect(lijst.Gestart).Not.ToContainTextAsync(kenmerk);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(lijstPagina);

        var casusPagina = await server.NewPageAsync();
        await new LoginPage(casusPagina).LogInAsync(Regievoerder);
        var casus = new EvaluatiesPage(casusPagina);
        await casus.OpenCasusAsync(casusId);
        await Expect(casus.Status).ToContainTextAsync("Gepland: start op");

        await casus.VulEvaluatiedatumInAsync(vandaag.AddDays(20));
        await new CasusbordPage(casusPagina).BewaarPlanAsync();
        await Expect(casusPagina.Locator(".mud-snackbar").Filter(new() { HasText = "Het plan is opgeslagen." })).ToBeVisibleAsync();
        // Six weeks before a date 20 days ahead has passed: the evaluation opens at once, the casus moves to Evalueren.
        await Expect(casus.Status).ToContainTextAsync("Gestart op");
        await Expect(new CasusbordPage(casusPagina).Stap).ToContainTextAsync("Evalueren");
        await Expect(casusPagina.GetByTestId("tijdlijn")).ToContainTextAsync("Evaluatie gestart");

        // The other tab shows it without a reload: the opening's melding redraws Mijn evaluaties.
        await Expect(lijst.Gestart.GetByTestId("evaluatie-regel").Filter(new() { HasText = kenmerk }))
            .ToContainTextAsync("voorgesprek, overdracht", new() { Timeout = 2_000 });

        // The aanbieder sees that it owes the overdracht, sends it, and is stopped first on a phone number.
        var aanbiederPagina = await server.NewPageAsync();
        await new LoginPage(aanbiederPagina).LogInAsync(Aanbieder);
        var aanbieder = new EvaluatiesPage(aanbiederPagina);
        await aanbieder.OpenAsync();
        await Expect(aanbieder.OverdrachtTeSturen).ToContainTextAsync(kenmerk);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(aanbiederPagina);
        await aanbiederPagina.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = kenmerk }).ClickAsync();
        await new ShellPage(aanbiederPagina).WachtOpInteractiefAsync();
        await aanbieder.StuurOverdrachtAsync("deels bereikt", "Vaste dagen en een vaste begeleider.", "Bel de moeder op 06-12345678.");
        await Expect(aanbieder.AnonimiteitFout).ToBeVisibleAsync();
        await Expect(aanbiederPagina.GetByLabel("Wat werkte goed")).ToHaveValueAsync("Vaste dagen en een vaste begeleider.");
        await aanbiederPagina.GetByLabel("Advies voor het vervolg").FillAsync("Verlengen, twee dagen per week.");
        await aanbiederPagina.GetByTestId("overdracht-sturen").ClickAsync();
        await Expect(aanbieder.OverdrachtStatus).ToContainTextAsync("ontvangen op");

        // Back on the regievoerder's list, the overdracht is no longer missing.
        await Expect(lijst.Gestart.GetByTestId("evaluatie-regel").Filter(new() { HasText = kenmerk }))
            .ToContainTextAsync("voorgesprek", new() { Timeout = 2_000 });
        await Expect(lijst.Gestart.GetByTestId("evaluatie-regel").Filter(new() { HasText = kenmerk }))
            .Not.ToContainTextAsync("overdracht");

        // Closed, so the next tests' pages of the same users stay within the circuits-per-user limit.
        foreach (var p in new[] { lijstPagina, casusPagina, aanbiederPagina })
        {
            await p.Context.CloseAsync();
        }
    }

    /// <summary>A casus of regievoerder.west with aanbieder.west's organisation, akkoord and delivering, made through the app's services.</summary>
    private async Task<(int Id, string Kenmerk)> LeverendeCasusAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var casussen = services.GetRequiredService<CasusService>();
        var regie = await ActorAsync(services, Regievoerder);
        int aanbiederOrganisatie, west;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var aanbieder = await ActorAsync(services, Aanbieder);
            aanbiederOrganisatie = await db.Medewerkers.Where(m => m.Id == aanbieder.MedewerkerId).Select(m => m.OrganisatieId).SingleAsync();
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
        }
        var kenmerk = $"EV-{Random.Shared.Next(10000, 99999)}";
        var nieuw = await casussen.MaakAanAsync(regie, new NieuweCasus { StadsdeelId = west, Kenmerk = kenmerk, Perceel = Perceel.Meedoen });
        Assert.True(nieuw.Gelukt, nieuw.Fout);
        var id = nieuw.Waarde;
        var vandaag = WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow);
        var versie = (await casussen.KaartAsync(regie, id))!.Versie;
        async Task Stap(Func<Guid, Task<Uitkomst<CasusDetail>>> actie)
        {
            var uitkomst = await actie(versie);
            Assert.True(uitkomst.Gelukt, uitkomst.Fout);
            versie = uitkomst.Waarde!.Kaart.Versie;
        }
        await Stap(v => casussen.WijsAanbiederToeAsync(regie, id, aanbiederOrganisatie, v));
        await Stap(v => casussen.BewaarPlanAsync(regie, id, new PlanInvoer { Startdatum = vandaag.AddDays(-200), Evaluatiedatum = vandaag.AddDays(200) }, v));
        await Stap(v => casussen.ToestemmingAsync(regie, id, true, v));
        await Stap(v => casussen.AanbiederGeraadpleegdAsync(regie, id, v));
        await Stap(v => casussen.StelPlanVastAsync(regie, id, v));
        foreach (var stap in new[] { WerkprocesStap.Regiecheck, WerkprocesStap.BredeVraagverheldering, WerkprocesStap.WieDoetWatWanneer,
                     WerkprocesStap.Ondersteuningsplan, WerkprocesStap.Beschikken, WerkprocesStap.LeverenInzet })
        {
            await Stap(v => casussen.VerplaatsAsync(regie, id, stap, v));
        }
        return (id, kenmerk);
    }

    private static async Task<Actor> ActorAsync(IServiceProvider services, string email)
    {
        var gebruikers = services.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await gebruikers.FindByEmailAsync(email))!;
        return new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, (await gebruikers.GetRolesAsync(gebruiker)).ToList());
    }
}
