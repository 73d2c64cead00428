using Dagbesteding.Portal.Components.Shared;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.ComponentTests.Netwerk;

/// <summary>
/// Issue 15 point 5: what a person typed is shown as text, never as markup — on the card every member sees, and in the
/// marking that shows the author where personal data was found (the one component that cuts user text into pieces).
/// </summary>
public sealed class VijandigeTekstWeergaveTests : PortalTestContext
{
    public VijandigeTekstWeergaveTests() => Services.AddSingleton(TimeProvider.System).AddSingleton<WerkdagKalenderProvider>();

    private const string Vijandig = "<script>alert(1)</script><img src=x onerror=alert(2)><b>vet</b><a href=\"javascript:alert(3)\">klik</a>";

    [Fact]
    public void Card_ShowsHostileQuestionWishAndAddressee_AsText()
    {
        var kaart = Render<AdviesvraagKaartWeergave>(p => p
            .Add(k => k.Kaart, new AdviesvraagKaart(7, 1, "Netwerk West", DateTimeOffset.UtcNow, Leeftijdscategorie.Van27Tot45, null, [], false, false,
                "Vraag " + Vijandig, AdviesvraagStatus.Open, DateTimeOffset.UtcNow.AddDays(2), 0, false, false)
            {
                WensAmsterdammer = "Wens " + Vijandig,
                GerichtAan = "Aanbieder " + Vijandig,
            })
            .Add(k => k.Nu, DateTimeOffset.UtcNow));

        AssertGeenMarkupUit(kaart);
        Assert.Contains("Vraag <script>alert(1)</script>", kaart.Find("*").TextContent);
        Assert.Contains("<img src=x onerror=alert(2)>", kaart.Find("[data-testid=wens]").TextContent);
    }

    [Fact]
    public void Marking_CutsHostileTextIntoPieces_WithoutMakingMarkupOfAnyPiece()
    {
        var tekst = "Bel 06-12345678 " + Vijandig + " of mail naar iemand@example.org" + Vijandig;

        var markering = Render<AnonimiteitsMarkering>(p => p.Add(m => m.Tekst, tekst).Add(m => m.Bevindingen, AnonimiteitsControle.Controleer(tekst)));

        AssertGeenMarkupUit(markering);
        Assert.Equal(2, markering.FindAll("mark").Count);
        Assert.Contains("<script>alert(1)</script>", markering.Find("*").TextContent);
    }

    private static void AssertGeenMarkupUit(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> weergave)
    {
        foreach (var element in new[] { "script", "img", "b", "a[href^='javascript']" })
        {
            Assert.Empty(weergave.FindAll(element));
        }
        Assert.DoesNotContain("<script>", weergave.Markup);
        Assert.Contains("&lt;script&gt;", weergave.Markup);
    }
}
