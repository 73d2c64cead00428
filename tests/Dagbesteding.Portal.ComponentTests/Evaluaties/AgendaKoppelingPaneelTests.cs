using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Infrastructure;

namespace Dagbesteding.Portal.ComponentTests.Evaluaties;

public sealed class AgendaKoppelingPaneelTests : PortalTestContext
{
    private const string Sleutel = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN-_0";
    private static readonly DateTimeOffset Gemaakt = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);

    private int _gemaakt;
    private int _ingetrokken;

    private IRenderedComponent<AgendaKoppelingPaneel> RenderPaneel(AgendaKoppelingStatus? koppeling, Uitkomst<NieuweAgendaKoppeling>? antwoord = null) =>
        Render<AgendaKoppelingPaneel>(p => p
            .Add(x => x.Koppeling, koppeling)
            .Add(x => x.Maak, () =>
            {
                _gemaakt++;
                return Task.FromResult(antwoord ?? Uitkomst<NieuweAgendaKoppeling>.Klaar(new NieuweAgendaKoppeling(Sleutel, Gemaakt)));
            })
            .Add(x => x.TrekIn, () =>
            {
                _ingetrokken++;
                return Task.FromResult(1);
            }));

    [Fact]
    public void WithoutALink_OffersToMakeOne_AndExplainsThePrivacy()
    {
        var paneel = RenderPaneel(koppeling: null);

        Assert.Contains("Evaluaties in uw eigen agenda", paneel.Find("h2").TextContent);
        Assert.Contains("geen kenmerk, geen namen", paneel.Markup);
        Assert.Contains("intrekken", paneel.Markup);
        Assert.Equal("U hebt nog geen agendalink.", paneel.Find("[data-testid=agenda-status]").TextContent.Trim());
        Assert.Contains("Agendalink maken", paneel.Find("[data-testid=agenda-maken]").TextContent);
        Assert.Empty(paneel.FindAll("[data-testid=agenda-vernieuwen]"));
        Assert.Empty(paneel.FindAll("[data-testid=agenda-intrekken]"));
        Assert.Empty(paneel.FindAll("[data-testid=agenda-adres]"));
    }

    [Fact]
    public void MakingALink_ShowsTheFullAddressOnce_ReadOnly_AndOffersRenewAndRevoke()
    {
        var paneel = RenderPaneel(koppeling: null);

        paneel.Find("[data-testid=agenda-maken]").Click();

        paneel.WaitForAssertion(() => Assert.NotEmpty(paneel.FindAll("[data-testid=agenda-adres]")));
        var veld = paneel.Find("[data-testid=agenda-adres]");
        Assert.Equal($"http://localhost/agenda/{Sleutel}.ics", veld.GetAttribute("value"));
        Assert.True(veld.HasAttribute("readonly"));
        Assert.Contains("U ziet hem alleen nu", paneel.Find("[data-testid=agenda-gemaakt]").TextContent);
        Assert.Equal(1, _gemaakt);
        Assert.Empty(paneel.FindAll("[data-testid=agenda-maken]"));
        Assert.Contains("de oude werkt dan niet meer", paneel.Find("[data-testid=agenda-vernieuwen]").TextContent);
        Assert.Contains("Link intrekken", paneel.Find("[data-testid=agenda-intrekken]").TextContent);
    }

    [Fact]
    public void TheCopyButton_PutsTheAddressOnTheClipboard()
    {
        var paneel = RenderPaneel(koppeling: null);
        paneel.Find("[data-testid=agenda-maken]").Click();
        paneel.WaitForAssertion(() => Assert.NotEmpty(paneel.FindAll("[data-testid=agenda-adres]")));

        paneel.Find("[aria-label='Agendalink kopiëren']").Click();

        var aanroep = JSInterop.VerifyInvoke("navigator.clipboard.writeText");
        Assert.Equal($"http://localhost/agenda/{Sleutel}.ics", aanroep.Arguments.Single());
    }

    [Fact]
    public void AnExistingLink_ShowsWhenItWasMadeInAmsterdamTime_ButNotTheAddress_AndCanBeRevoked()
    {
        var paneel = RenderPaneel(new AgendaKoppelingStatus(Gemaakt, LaatstGebruiktOp: null));

        var status = paneel.Find("[data-testid=agenda-status]").TextContent;
        Assert.Contains("gemaakt op 2 maart 2026 om 09:15", status);
        Assert.Contains("nog geen agenda", status);
        Assert.Empty(paneel.FindAll("[data-testid=agenda-adres]"));

        paneel.Find("[data-testid=agenda-intrekken]").Click();

        paneel.WaitForAssertion(() => Assert.Equal("U hebt nog geen agendalink.", paneel.Find("[data-testid=agenda-status]").TextContent.Trim()));
        Assert.Equal(1, _ingetrokken);
        Assert.Equal(0, _gemaakt);
        Assert.NotEmpty(paneel.FindAll("[data-testid=agenda-maken]"));
    }

    [Fact]
    public void ARefusal_IsShownInDutch_AndNoAddressAppears()
    {
        var paneel = RenderPaneel(null, Uitkomst<NieuweAgendaKoppeling>.Geweigerd("Alleen een actieve medewerker kan een agendalink maken."));

        paneel.Find("[data-testid=agenda-maken]").Click();

        paneel.WaitForAssertion(() => Assert.Equal("Alleen een actieve medewerker kan een agendalink maken.", paneel.Find("[data-testid=agenda-fout]").TextContent.Trim()));
        Assert.Empty(paneel.FindAll("[data-testid=agenda-adres]"));
        Assert.NotEmpty(paneel.FindAll("[data-testid=agenda-maken]"));
    }
}
