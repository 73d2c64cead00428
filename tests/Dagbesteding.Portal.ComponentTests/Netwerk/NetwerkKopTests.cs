using Dagbesteding.Portal.Features.Netwerk;

namespace Dagbesteding.Portal.ComponentTests.Netwerk;

public sealed class NetwerkKopTests : PortalTestContext
{
    [Fact]
    public void Heading_OffersANewQuestionOnlyToWhoMayAsk()
    {
        var kop = Render<NetwerkKop>(p => p.Add(k => k.Stadsdeel, "West").Add(k => k.MagVragen, false));

        Assert.Contains("Netwerk West", kop.Find("h1").TextContent);
        Assert.DoesNotContain("Nieuwe adviesvraag", kop.Markup);

        kop.Render(p => p.Add(k => k.MagVragen, true));
        Assert.Contains("Nieuwe adviesvraag", kop.Markup);
    }

    [Fact]
    public void Heading_DoesNotDrawAgain_WhenThePageDrawsForALiveQuestion()
    {
        var kop = Render<NetwerkKop>(p => p.Add(k => k.Stadsdeel, "West").Add(k => k.MagVragen, true));
        var getekend = kop.RenderCount;

        kop.Render(p => p.Add(k => k.Stadsdeel, "West").Add(k => k.MagVragen, true));
        Assert.Equal(getekend, kop.RenderCount);

        kop.Render(p => p.Add(k => k.Stadsdeel, "Oost"));
        Assert.True(kop.RenderCount > getekend);
        Assert.Contains("Netwerk Oost", kop.Find("h1").TextContent);
    }
}
