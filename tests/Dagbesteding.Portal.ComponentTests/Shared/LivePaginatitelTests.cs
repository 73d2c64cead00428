using Dagbesteding.Portal.Components.Shared;

namespace Dagbesteding.Portal.ComponentTests.Shared;

public sealed class LivePaginatitelTests : PortalTestContext
{
    [Fact]
    public void Title_DrawsAgainOnlyWhenItsTextChanged()
    {
        var titel = Render<LivePaginatitel>(p => p.Add(t => t.Tekst, "Casussen · Dagbesteding Portal"));
        var getekend = titel.RenderCount;

        titel.Render(p => p.Add(t => t.Tekst, "Casussen · Dagbesteding Portal"));
        Assert.Equal(getekend, titel.RenderCount);

        titel.Render(p => p.Add(t => t.Tekst, "Casus RIS-2026-00007 · Dagbesteding Portal"));
        Assert.True(titel.RenderCount > getekend);
    }
}
