using Dagbesteding.Portal.Components.Pages;

namespace Dagbesteding.Portal.ComponentTests.Shared;

public sealed class NietGevondenTests : PortalTestContext
{
    [Fact]
    public void NietGevonden_ExplainsInDutchAndLinksToTheOverview()
    {
        var pagina = Render<NietGevonden>();

        Assert.Equal("Pagina niet gevonden", pagina.Find("h1").TextContent);
        Assert.Equal("/", pagina.Find("a").GetAttribute("href"));
        Assert.Contains("Naar het overzicht", pagina.Find("a").TextContent);
    }
}
