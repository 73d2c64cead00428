using System.Text.RegularExpressions;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

[Collection(PortalServerCollection.Naam)]
[CspBewaking]
public sealed class OverlegTests(PortalServer server)
{
    [Fact]
    public async Task TheNetwerkmanagerPlansAMeeting_AMemberPutsAQuestionOnItsAgenda_AndBothPagesAreAccessible()
    {
        var manager = await server.NewPageAsync();
        await new LoginPage(manager).LogInAsync("netwerkmanager.west@example.org");
        var plaats = $"Buurthuis De Meevaart zaal {Random.Shared.Next(10, 99)}";
        var datum = DateOnly.FromDateTime(DateTime.Today.AddDays(21));

        await new OverlegPage(manager).PlanAsync(datum, "14:00", plaats);

        await Expect(manager).ToHaveURLAsync(new Regex(@"/netwerk/overleg/\d+$"));
        await Expect(manager.GetByTestId("overleg-wanneer")).ToContainTextAsync($"om 14:00 · {plaats}");
        var adres = new Uri(manager.Url).AbsolutePath;
        await manager.GotoAsync("/netwerk/overleg");
        await Expect(manager.GetByTestId("overleg").Filter(new() { HasText = plaats })).ToBeVisibleAsync();
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(manager);

        var lid = await server.NewPageAsync();
        await new LoginPage(lid).LogInAsync("regievoerder.west@example.org");
        var netwerk = new NetwerkPage(lid);
        await netwerk.StelVraagAsync("45–67 jaar", $"Wie heeft plek voor iemand van 50 die graag met dieren werkt? Kenmerk {Random.Shared.Next(1000, 9999)}.");
        await Expect(lid).ToHaveURLAsync(new Regex(@"/netwerk/vragen/\d+$"));
        var vraag = lid.Url.Split('/').Last();

        await lid.GotoAsync(adres);
        await new ShellPage(lid).WachtOpInteractiefAsync();
        var overleg = new OverlegPage(lid);
        await overleg.ZetVraagOpAgendaAsync(vraag, "Niemand heeft plek met vervoer.");
        await Expect(overleg.Agendapunten.Filter(new() { HasText = $"Adviesvraag #{vraag}" })).ToContainTextAsync("Niemand heeft plek met vervoer.");

        // Twice is refused in Dutch, and what was typed stays.
        await overleg.ZetVraagOpAgendaAsync(vraag, "Nog een keer.");
        await Expect(overleg.Fout).ToHaveTextAsync("Dit punt staat al op de agenda van dit overleg.");
        await Expect(lid.GetByLabel("Waarom bespreken? (niet verplicht)")).ToHaveValueAsync("Nog een keer.");
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(lid);
    }
}
