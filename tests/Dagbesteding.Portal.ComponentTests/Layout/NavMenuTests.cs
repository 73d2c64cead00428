using Dagbesteding.Portal.Components.Layout;
using Dagbesteding.Portal.Domain;

namespace Dagbesteding.Portal.ComponentTests.Layout;

public sealed class NavMenuTests : PortalTestContext
{
    [Theory]
    // Everyone has Instellingen (their own meldingen). Netwerklid: aanbieders and buurtteam colleagues reach the casusbord (the service shows only what their organisation may see).
    [InlineData(new[] { Rollen.Netwerklid }, new[] { "Overzicht", "Netwerk", "Leden", "Casuïstiekoverleg", "Aanbod", "Casussen", "Instellingen" })]
    [InlineData(new[] { Rollen.Regievoerder, Rollen.Netwerklid }, new[] { "Overzicht", "Netwerk", "Leden", "Casuïstiekoverleg", "Aanbod", "Casussen", "Evaluaties", "Instellingen" })]
    [InlineData(new[] { Rollen.Netwerkmanager }, new[] { "Overzicht", "Netwerk", "Leden", "Casuïstiekoverleg", "Aanbod", "Casussen", "Dashboard", "Medewerkers", "Instellingen" })]
    [InlineData(new[] { Rollen.Beheerder }, new[] { "Overzicht", "Netwerk", "Leden", "Casuïstiekoverleg", "Aanbod", "Casussen", "Evaluaties", "Dashboard", "Beheer", "Medewerkers", "Instellingen" })]
    public void NavMenu_ShowsExactlyTheAreasOfTheRoles(string[] rollen, string[] verwacht)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("test@example.org");
        auth.SetRoles(rollen);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("nav a.mud-nav-link").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(verwacht, links);
    }

    [Fact]
    public void NavMenu_HasALogoutFormWithAntiforgeryToken()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("test@example.org");
        auth.SetRoles(Rollen.Netwerklid);

        var menu = Render<NavMenu>();

        var formulier = menu.Find("form[action='uitloggen']");
        Assert.Equal("post", formulier.GetAttribute("method"));
        Assert.Contains("Uitloggen", formulier.TextContent);
    }
}
