using Dagbesteding.Portal.Features.Netwerk.Leden;

namespace Dagbesteding.Portal.ComponentTests.Netwerk;

public sealed class AfmeldFormulierTests : PortalTestContext
{
    private readonly List<string> _afmeldingen = [];

    private IRenderedComponent<AfmeldFormulier> RenderFormulier(LidmaatschapResultaat antwoord) =>
        Render<AfmeldFormulier>(p => p
            .Add(f => f.Titel, "Mij afmelden bij Netwerk West")
            .Add(f => f.BevestigTekst, "Ja, meld mij af")
            .Add(f => f.Afmelden, reden =>
            {
                _afmeldingen.Add(reden);
                return Task.FromResult(antwoord);
            }));

    [Fact]
    public void TooShortAReason_IsRefusedInDutch_WithoutCallingTheServer()
    {
        var formulier = RenderFormulier(LidmaatschapResultaat.Ok("Afgemeld."));

        formulier.Find("textarea").Input("kort");
        formulier.Find("[data-testid=afmelding-bevestigen]").Click();

        formulier.WaitForAssertion(() => Assert.Contains("minstens 5 tekens", formulier.Find("[data-testid=afmeldfout]").TextContent));
        Assert.Empty(_afmeldingen);
    }

    [Fact]
    public void AValidReason_IsSentTrimmed()
    {
        var formulier = RenderFormulier(LidmaatschapResultaat.Ok("Afgemeld."));

        formulier.Find("textarea").Input("  Ik ga met pensioen  ");
        formulier.Find("[data-testid=afmelding-bevestigen]").Click();

        formulier.WaitForAssertion(() => Assert.Equal(["Ik ga met pensioen"], _afmeldingen));
        Assert.Empty(formulier.FindAll("[data-testid=afmeldfout]"));
    }

    [Fact]
    public void ARefusalFromTheServer_IsShown_AndTheTypedReasonIsKept()
    {
        var formulier = RenderFormulier(LidmaatschapResultaat.Geweigerd("Dit lidmaatschap kan niet worden afgemeld."));

        formulier.Find("textarea").Input("Andere functie");
        formulier.Find("[data-testid=afmelding-bevestigen]").Click();

        formulier.WaitForAssertion(() => Assert.Contains("kan niet worden afgemeld", formulier.Find("[data-testid=afmeldfout]").TextContent));
        Assert.Equal("Andere functie", formulier.Find("textarea").GetAttribute("value") ?? formulier.Find("textarea").TextContent);
    }
}
