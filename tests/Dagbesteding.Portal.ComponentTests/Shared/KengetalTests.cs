using Dagbesteding.Portal.Components.Shared;

namespace Dagbesteding.Portal.ComponentTests.Shared;

public sealed class KengetalTests : PortalTestContext
{
    [Fact]
    public void Kengetal_ShowsTheValueAndItsLabel()
    {
        var kengetal = Render<Kengetal>(p => p
            .Add(k => k.Label, "Open adviesvragen")
            .Add(k => k.Waarde, 17)
            .Add(k => k.TestId, "open"));

        Assert.Equal("17", kengetal.Find("[data-testid=open]").TextContent);
        Assert.Contains("Open adviesvragen", kengetal.Markup);
    }
}
