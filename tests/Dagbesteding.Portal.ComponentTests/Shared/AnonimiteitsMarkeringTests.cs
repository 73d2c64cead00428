using Dagbesteding.Portal.Components.Shared;
using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.ComponentTests.Shared;

public sealed class AnonimiteitsMarkeringTests : PortalTestContext
{
    [Fact]
    public void Markering_HighlightsEachFindingInTheText_AndExplainsItInDutch()
    {
        const string tekst = "Wie heeft plek voor een man van 58 (BSN 111222333) die graag kookt? Bel 06-12345678.";
        var bevindingen = AnonimiteitsControle.Controleer(tekst);

        var markering = Render<AnonimiteitsMarkering>(p => p.Add(m => m.Tekst, tekst).Add(m => m.Bevindingen, bevindingen));

        Assert.Equal("111222333", markering.Find("mark[data-soort=BSN]").TextContent);
        Assert.Equal("06-12345678", markering.Find("mark[data-soort=Telefoon]").TextContent);
        // The whole text stays readable around the marks.
        Assert.Equal(tekst, markering.Find(".anonimiteit-tekst").TextContent);
        Assert.Equal(2, markering.FindAll("[data-testid=bevinding]").Count);
        Assert.Contains("Niet verstuurd", markering.Markup);
    }

    [Fact]
    public void Markering_WithoutFindings_RendersNothing()
    {
        var markering = Render<AnonimiteitsMarkering>(p => p.Add(m => m.Tekst, "Schone tekst").Add(m => m.Bevindingen, []));
        Assert.Equal("", markering.Markup.Trim());
    }
}
