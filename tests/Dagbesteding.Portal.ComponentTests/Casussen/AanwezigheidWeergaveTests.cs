using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.ComponentTests.Casussen;

public sealed class AanwezigheidWeergaveTests : PortalTestContext
{
    private readonly FakeTimeProvider _tijd = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
    private readonly BordAanwezigheid _aanwezigheid;

    public AanwezigheidWeergaveTests()
    {
        _aanwezigheid = new BordAanwezigheid(_tijd);
        Services.AddSingleton(_aanwezigheid);
    }

    [Fact]
    public void ColleagueOnAnotherNode_AppearsOnTheOpenBoard_AndGoesWhenThatNodeFallsSilent()
    {
        var regel = Render<AanwezigheidWeergave>(p => p.Add(a => a.StadsdeelId, 2).Add(a => a.MedewerkerId, 1));
        Assert.Empty(regel.FindAll("[data-testid=aanwezig]"));

        _aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(3, "Willem West")], 15));
        _aanwezigheid.Ontvang("node-b", new BordKijkers(4, [new(5, "Olga Oost")], 15));

        regel.WaitForAssertion(() => Assert.Equal("Ook aan het kijken: Willem West", regel.Find("[data-testid=aanwezig]").TextContent.Trim()));

        _tijd.Advance(TimeSpan.FromSeconds(30));
        _aanwezigheid.Verloop();

        regel.WaitForAssertion(() => Assert.Empty(regel.FindAll("[data-testid=aanwezig]")));
    }
}
