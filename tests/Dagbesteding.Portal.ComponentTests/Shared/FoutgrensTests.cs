using Dagbesteding.Portal.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dagbesteding.Portal.ComponentTests.Shared;

public sealed class FoutgrensTests : PortalTestContext
{
    private readonly FakeLogger<Foutgrens> _logger = new();

    public FoutgrensTests() => Services.AddSingleton<ILogger<Foutgrens>>(_logger);

    [Fact]
    public void AChildThatThrows_IsReplacedByTheDutchMessage_WithTheReferenceThatTheLogHas()
    {
        var grens = Render<Foutgrens>(p => p.AddChildContent<Gooier>(g => g.Add(x => x.Gooit, true)));

        var referentie = grens.Find("[data-testid=fout-referentie]").TextContent;
        Assert.Matches("^F-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", referentie);
        Assert.Contains("Er ging iets mis op deze pagina", grens.Markup);
        Assert.DoesNotContain("kapot", grens.Markup);
        var regel = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, regel.Level);
        Assert.Contains(referentie, regel.Message);
        Assert.Equal("kapot", regel.Exception?.Message);
    }

    [Fact]
    public void OpnieuwProberen_ShowsTheChildAgain_AndANewErrorGetsANewReference()
    {
        var gooit = true;
        var grens = Render<Foutgrens>(p => p.AddChildContent<Gooier>(g => g.Add(x => x.Wanneer, () => gooit)));
        var eerste = grens.Find("[data-testid=fout-referentie]").TextContent;

        gooit = false;
        grens.FindAll("button").Single(b => b.TextContent.Contains("Opnieuw proberen")).Click();
        Assert.Equal("inhoud", grens.Find("[data-testid=kind]").TextContent);
        Assert.Empty(grens.FindAll("[data-testid=onverwachte-fout]"));

        // An event handler that throws (a click that fails, as on a page) lands in the same boundary.
        grens.Find("[data-testid=gooi]").Click();
        Assert.NotEqual(eerste, grens.Find("[data-testid=fout-referentie]").TextContent);
        Assert.Equal(2, _logger.Collector.Count);
    }

    [Fact]
    public void ANavigation_ShowsTheNextPageWithoutThePreviousError()
    {
        var gooit = true;
        var grens = Render<Foutgrens>(p => p.AddChildContent<Gooier>(g => g.Add(x => x.Wanneer, () => gooit)));
        Assert.Single(grens.FindAll("[data-testid=onverwachte-fout]"));

        gooit = false;
        Services.GetRequiredService<NavigationManager>().NavigateTo("/casussen");

        grens.WaitForAssertion(() => Assert.Equal("inhoud", grens.Find("[data-testid=kind]").TextContent));
        Assert.Empty(grens.FindAll("[data-testid=onverwachte-fout]"));
    }

    [Fact]
    public void WithoutAnError_OnlyTheChildIsRendered()
    {
        var grens = Render<Foutgrens>(p => p.AddChildContent<Gooier>());

        Assert.Equal("inhoud", grens.Find("[data-testid=kind]").TextContent);
        Assert.Empty(grens.FindAll("[data-testid=onverwachte-fout]"));
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public void Foutreferentie_IsShortAndReadable_AndDiffersEachTime()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => Foutreferentie.Nieuw()).ToList();

        Assert.All(codes, c => Assert.Matches("^F-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    private sealed class Gooier : ComponentBase
    {
        [Parameter] public bool Gooit { get; set; }
        [Parameter] public Func<bool>? Wanneer { get; set; }

        protected override void OnInitialized()
        {
            if (Gooit || Wanneer?.Invoke() == true)
            {
                throw new InvalidOperationException("kapot");
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-testid", "kind");
            builder.AddContent(2, "inhoud");
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "data-testid", "gooi");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(this, () => throw new InvalidOperationException("kapot bij klikken")));
            builder.CloseElement();
        }
    }
}
