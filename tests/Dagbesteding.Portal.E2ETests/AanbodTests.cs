using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class AanbodTests(PortalServer server)
{
    [Fact]
    public async Task BeheerderAddsALocatie_AMemberFindsItByDoelgroep_AndUsesItInAnOffer()
    {
        var naam = $"Proefatelier {Random.Shared.Next(1000, 9999)}";

        // The Beheerder adds a locatie to De Houtloods; without a perceel it is refused in Dutch and the input stays.
        var beheer = await server.NewPageAsync();
        var shell = await new LoginPage(beheer).LogInAsync("beheerder@example.org");
        await shell.WachtOpInteractiefAsync();
        await beheer.GotoAsync("/beheer");
        await shell.WachtOpInteractiefAsync();
        await beheer.GetByLabel("Zoeken").FillAsync("Houtloods");
        await beheer.GetByRole(AriaRole.Link, new() { Name = "De Houtloods", Exact = true }).ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("De Houtloods");
        await beheer.GetByTestId("locatie-toevoegen").ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Nieuwe locatie");
        var formulier = new AanbodPage(beheer);
        await formulier.VulLocatieInAsync(naam, "West");
        await formulier.VinkAanAsync("LHBTIQ+");
        await formulier.OpslaanAsync();
        await Expect(formulier.PercelenFout).ToHaveTextAsync("Kies minstens één perceel (Meedoen, Meewerken of Meewerken-plus).");
        await Expect(formulier.Naamveld).ToHaveValueAsync(naam);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(beheer);

        await formulier.VinkAanAsync("Meedoen");
        await formulier.OpslaanAsync();
        await Expect(beheer).ToHaveURLAsync(new Regex(@"/aanbod/\d+$"));
        await Expect(shell.Kop).ToHaveTextAsync(naam);
        await Expect(formulier.Wijzigingen).ToContainTextAsync("aangemaakt");
        var locatieId = beheer.Url.Split('/').Last();

        // A member of the aanbieder finds it by doelgroep; the filter is in the link.
        var aanbiederPagina = await server.NewPageAsync();
        await new LoginPage(aanbiederPagina).LogInAsync("aanbieder.west@example.org");
        var kaart = new AanbodPage(aanbiederPagina);
        await kaart.OpenAsync();
        await Expect(new ShellPage(aanbiederPagina).NavLink("Aanbod")).ToBeVisibleAsync();
        await kaart.KiesDoelgroepAsync("LHBTIQ+");
        await Expect(aanbiederPagina).ToHaveURLAsync(new Regex("doelgroep=lhbtiq"));
        await Expect(kaart.Kaart(naam)).ToBeVisibleAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(aanbiederPagina);
        // Another doelgroep does not show it.
        await kaart.OpenAsync("?doelgroep=dementie");
        await Expect(kaart.Aantal).ToBeVisibleAsync();
        await Expect(kaart.Kaart(naam)).ToHaveCountAsync(0);

        // A question in West; the aanbieder offers the new locatie, and the offer links to it.
        var vragerPagina = await server.NewPageAsync();
        await new LoginPage(vragerPagina).LogInAsync("regievoerder.west@example.org");
        var vrager = new NetwerkPage(vragerPagina);
        await vrager.StelVraagAsync("27–45 jaar", $"Wie heeft een creatieve plek voor iemand van 30? Kenmerk {naam}.");
        await Expect(vragerPagina).ToHaveURLAsync(new Regex(@"/netwerk/vragen/\d+$"));
        await aanbiederPagina.GotoAsync(new Uri(vragerPagina.Url).AbsolutePath);
        await new ShellPage(aanbiederPagina).WachtOpInteractiefAsync();
        var aanbieder = new NetwerkPage(aanbiederPagina);
        await aanbieder.ReageerMetAanbodAsync("Wij hebben plek in het nieuwe atelier.", 2, naam);
        var link = aanbiederPagina.GetByTestId("aanbod-locatie-link");
        await Expect(link).ToHaveTextAsync(naam);
        await Expect(link).ToHaveAttributeAsync("href", $"/aanbod/{locatieId}");
        await Expect(vrager.Reacties.Filter(new() { HasText = naam })).ToBeVisibleAsync(new() { Timeout = 2_000 });
    }
}
