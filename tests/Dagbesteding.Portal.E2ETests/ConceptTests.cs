using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.IntegrationTests.Productie;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// A member typing when the connection drops for ten seconds, or when the server is restarted under them: the Dutch
/// reconnect dialog says so, and afterwards the text is still there (the draft is kept in the tab until it is posted).
/// </summary>
[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed partial class ConceptTests(PortalServer server)
{
    [Fact]
    public async Task QuestionBeingTyped_SurvivesTenSecondsWithoutConnection_AndIsPostedAfterwards()
    {
        var kenmerk = $"kenmerk {Random.Shared.Next(100_000, 1_000_000)}";
        await using var netwerk = new OnderbreekbareProxy(server.BaseUrl);
        var pagina = await PortalServer.NewPageAsync(server.Browser, netwerk.BaseUrl);
        await new LoginPage(pagina).LogInAsync("regievoerder.west@example.org");
        var shell = new ShellPage(pagina);
        await pagina.GotoAsync("/netwerk/vragen/nieuw");
        await shell.WachtOpInteractiefAsync();
        var vraag = $"Wie heeft plek voor iemand die graag fietsen repareert? {kenmerk}.";
        await pagina.GetByTestId("wens").FillAsync("Wil graag met zijn handen werken.");
        await pagina.GetByTestId("vraag").FillAsync(vraag);

        await netwerk.OnderbreekAsync();
        await Expect(shell.HerverbindDialoog).ToBeVisibleAsync();
        await Expect(shell.HerverbindDialoog).ToContainTextAsync("Wat u typte blijft bewaard");
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(pagina);
        await Task.Delay(TimeSpan.FromSeconds(10));
        netwerk.Herstel();

        await Expect(shell.HerverbindDialoog).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(pagina.GetByTestId("vraag")).ToHaveValueAsync(vraag);
        await Expect(pagina.GetByTestId("wens")).ToHaveValueAsync("Wil graag met zijn handen werken.");
        await pagina.GetByTestId("leeftijd").ClickAsync();
        await pagina.GetByRole(AriaRole.Option, new() { Name = "27–45 jaar", Exact = true }).ClickAsync();
        await pagina.GetByTestId("plaatsen").ClickAsync();
        await Expect(pagina).ToHaveURLAsync(VraagAdres());
        await Expect(pagina.GetByText(kenmerk)).ToBeVisibleAsync();

        // Posted, so forgotten: a new question starts empty.
        await pagina.GotoAsync("/netwerk/vragen/nieuw");
        await shell.WachtOpInteractiefAsync();
        await Expect(pagina.GetByTestId("vraag")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task ReplyBeingTyped_SurvivesARestartOfTheServer_ComesBackAfterTheReload_AndIsPostedOnce()
    {
        var map = Directory.CreateTempSubdirectory("dagbesteding-concept-").FullName;
        var database = new Dictionary<string, string> { ["Database:Provider"] = "Sqlite", ["Database:SqliteFile"] = Path.Combine(map, "portal.db") };
        var instellingen = new Dictionary<string, string>(ProcesNode.BrowserInstellingen.Concat(database));
        var poort = PortalProces.VrijePoort();
        var kenmerk = $"kenmerk {Random.Shared.Next(100_000, 1_000_000)}";
        ProcesNode.Zaai(database);
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await ProcesNode.StartChromiumAsync(playwright);
        var portal = await ProcesNode.StartGereedAsync(poort, instellingen);
        try
        {
            var vrager = await ProcesNode.IngelogdAsync(browser, poort, "regievoerder.west@example.org");
            await new NetwerkPage(vrager).StelVraagAsync("18–27 jaar", $"Wie heeft plek voor een jongen die graag tekent? {kenmerk}.");
            // The first post on a process that just started also loads the anonymity check's word list (cold, under CI load).
            await Expect(vrager).ToHaveURLAsync(VraagAdres(), new() { Timeout = 20_000 });
            var adres = new Uri(vrager.Url).AbsolutePath;

            var pagina = await ProcesNode.IngelogdAsync(browser, poort, "aanbieder.west@example.org");
            await pagina.GotoAsync(adres);
            await new ShellPage(pagina).WachtOpInteractiefAsync();
            var reactie = $"Wij hebben een tekenatelier op woensdag, {kenmerk}.";
            await pagina.GetByTestId("reactie-tekst").FillAsync(reactie);

            var shell = new ShellPage(pagina);
            await shell.MarkeerDezePaginaAsync();
            await portal.StuurSignaalAsync("KILL");
            Assert.True(await portal.WachtOpEindeAsync(TimeSpan.FromSeconds(10)));
            await Expect(new ShellPage(pagina).HerverbindDialoog).ToBeVisibleAsync();
            await portal.DisposeAsync();
            portal = await ProcesNode.StartGereedAsync(poort, instellingen);

            // The new process does not know the page's circuit: the page loads again, and the draft is put back.
            var tot = DateTime.UtcNow.AddSeconds(60);
            while (await IsNogDezelfdeAsync(shell))
            {
                Assert.True(DateTime.UtcNow < tot, "De pagina is 60 s na de herstart niet opnieuw geladen.");
                await Task.Delay(250);
            }
            await shell.WachtOpInteractiefAsync();
            await Expect(pagina.GetByTestId("reactie-tekst")).ToHaveValueAsync(reactie);
            await pagina.GetByTestId("reactie-plaatsen").ClickAsync();
            await Expect(pagina.GetByTestId("reactie").Filter(new() { HasText = kenmerk })).ToHaveCountAsync(1);
            await Expect(pagina.GetByTestId("reactie-tekst")).ToHaveValueAsync("");

            await pagina.ReloadAsync();
            await new ShellPage(pagina).WachtOpInteractiefAsync();
            await Expect(pagina.GetByTestId("reactie").Filter(new() { HasText = kenmerk })).ToHaveCountAsync(1);
            await Expect(pagina.GetByTestId("reactie-tekst")).ToHaveValueAsync("");
        }
        finally
        {
            await portal.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>While the page reloads the evaluation itself can fail: then it is not the same page any more either.</summary>
    private static async Task<bool> IsNogDezelfdeAsync(ShellPage shell)
    {
        try
        {
            return await shell.IsNogDezelfdePaginaAsync();
        }
        catch (PlaywrightException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"/netwerk/vragen/\d+$")]
    private static partial Regex VraagAdres();
}
