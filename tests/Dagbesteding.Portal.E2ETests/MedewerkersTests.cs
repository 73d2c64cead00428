using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>People beheer in a real browser (issue 11.1): invite, set the password through the link, deactivate.</summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class MedewerkersTests(PortalServer server)
{
    private const string Wachtwoord = "een lange zin als wachtwoord";

    [Fact]
    public async Task Beheerder_InvitesAPerson_WhoSetsAPassword_AndIsSignedOutOfAnOpenPage_WhenDeactivated()
    {
        var email = $"sanne.{Guid.NewGuid():N}"[..20] + "@example.org";
        const string naam = "Sanne Proef";
        var beheer = await server.NewPageAsync();
        var shell = await new LoginPage(beheer).LogInAsync("beheerder@example.org");
        await shell.WachtOpInteractiefAsync();
        await shell.NavLink("Medewerkers").ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Medewerkers");
        await shell.WachtOpInteractiefAsync();
        var medewerkers = new MedewerkersPage(beheer);

        // A wrong address: refused in Dutch, the typed input stays.
        await medewerkers.Toevoegen.ClickAsync();
        await medewerkers.Naam.FillAsync(naam);
        await medewerkers.Email.FillAsync("sanne@");
        await medewerkers.KiesAsync("organisatie", "Buurtteam West (demo)");
        await medewerkers.VinkRolAanAsync("Netwerklid");
        await medewerkers.Opslaan.ClickAsync();
        await Expect(medewerkers.FormulierFout).ToHaveTextAsync("Dit is geen geldig e-mailadres (bijvoorbeeld naam@organisatie.nl).");
        await Expect(medewerkers.Naam).ToHaveValueAsync(naam);
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(beheer);

        await medewerkers.Email.FillAsync(email);
        await medewerkers.Opslaan.ClickAsync();
        await Expect(medewerkers.Link).ToHaveValueAsync(new Regex("/account/wachtwoord-instellen\\?id="));
        var link = new Uri(await medewerkers.Link.InputValueAsync()).PathAndQuery;

        // The new person, in a browser of their own: sets a password through the link and signs in.
        var nieuw = await server.NewPageAsync();
        try
        {
            await nieuw.GotoAsync(link);
            await nieuw.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(Wachtwoord);
            await nieuw.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync(Wachtwoord);
            await nieuw.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
            await Expect(nieuw.GetByTestId("wachtwoord-ingesteld")).ToBeVisibleAsync();
            await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(nieuw);
            var zijnShell = await new LoginPage(nieuw).LogInAsync(email, Wachtwoord);
            await zijnShell.WachtOpInteractiefAsync();
            await nieuw.GotoAsync("/instellingen");
            await zijnShell.WachtOpInteractiefAsync();
            await Expect(zijnShell.GebruikerNaam).ToHaveTextAsync(naam);

            // Deactivated through the beheer page (read again: it now shows the password): the open page leaves
            // for the sign-in page, untouched.
            await beheer.ReloadAsync();
            await shell.WachtOpInteractiefAsync();
            await medewerkers.Zoeken.FillAsync(email);
            await Expect(medewerkers.Status(email)).ToHaveTextAsync("Actief");
            await medewerkers.DeactiveerAsync(naam);
            await Expect(medewerkers.Status(email)).ToHaveTextAsync("Gedeactiveerd");
            await Expect(nieuw).ToHaveURLAsync(new Regex("/inloggen"), new() { Timeout = 10_000 });
            await Expect(nieuw.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        }
        finally
        {
            await nieuw.CloseAsync();
            await beheer.CloseAsync();
        }
    }
}
