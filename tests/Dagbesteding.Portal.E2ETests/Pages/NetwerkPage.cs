using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The channel feed, the new-question form and a question's thread.</summary>
public sealed class NetwerkPage(IPage page)
{
    public ILocator Kaarten => page.GetByTestId("adviesvraag-kaart");
    public ILocator Fout => page.GetByTestId("anonimiteit-fout");
    public ILocator Vraagveld => page.GetByTestId("vraag");
    public ILocator Reacties => page.GetByTestId("reactie");
    public ILocator Besluit => page.GetByTestId("besluit");

    public ILocator Kaart(string tekst) => Kaarten.Filter(new() { HasText = tekst });

    public async Task OpenFeedAsync()
    {
        await page.GotoAsync("/netwerk");
        await new ShellPage(page).WachtOpInteractiefAsync();
    }

    public ILocator Wens => page.GetByTestId("wens");
    public ILocator BesluitFout => page.GetByTestId("besluit-fout");

    public async Task StelVraagAsync(string leeftijd, string tekst, string wens = "Wil graag buiten bezig zijn, in een rustige groep.", string? alleenVoor = null)
    {
        await page.GotoAsync("/netwerk/vragen/nieuw");
        await new ShellPage(page).WachtOpInteractiefAsync();
        await Wens.FillAsync(wens);
        if (alleenVoor is not null)
        {
            await page.GetByTestId("gericht-aan").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = $"Alleen {alleenVoor}", Exact = true }).ClickAsync();
        }
        await page.GetByTestId("leeftijd").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = leeftijd, Exact = true }).ClickAsync();
        await Vraagveld.FillAsync(tekst);
        await page.GetByTestId("plaatsen").ClickAsync();
    }

    /// <summary>An offer of one of the aanbieder's own locaties, picked from the sociale kaart by (part of) its name.</summary>
    public async Task ReageerMetAanbodAsync(string tekst, int wachttijd, string locatie = "")
    {
        await page.GetByTestId("reactie-tekst").FillAsync(tekst);
        await page.GetByText("Dit is een aanbod van een plek").ClickAsync();
        var kiezer = page.GetByLabel("Locatie", new() { Exact = true });
        await kiezer.ClickAsync();
        await kiezer.FillAsync(locatie);
        var keuze = page.GetByRole(AriaRole.Option).Filter(new() { HasText = locatie });
        await keuze.First.ClickAsync();
        await page.GetByTestId("wachttijd").FillAsync(wachttijd.ToString());
        await page.GetByTestId("reactie-plaatsen").ClickAsync();
    }

    /// <summary>A decision within the two working days: <paramref name="iedereenGehoord"/> ticks the confirmation the rule asks.</summary>
    public async Task BesluitAsync(string aanbodTekst, string toelichting, bool iedereenGehoord = true)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = aanbodTekst }).CheckAsync();
        var gehoord = page.GetByRole(AriaRole.Checkbox, new() { Name = "ik bevestig dat alle betrokkenen zijn gehoord" });
        if (iedereenGehoord)
        {
            await gehoord.CheckAsync();
        }
        else
        {
            await Assertions.Expect(gehoord).Not.ToBeCheckedAsync();
        }
        await page.GetByTestId("besluit-toelichting").FillAsync(toelichting);
        await page.GetByTestId("besluit-vastleggen").ClickAsync();
    }
}
