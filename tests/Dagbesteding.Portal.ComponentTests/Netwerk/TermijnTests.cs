using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.ComponentTests.Netwerk;

/// <summary>The countdown on a question's card, in working time, and its warning colour from the escalation moment on.</summary>
public sealed class TermijnTests : PortalTestContext
{
    private static readonly WerkdagKalender Kalender = new();

    // Friday 12 June 2026 15:00 in Amsterdam; two working days later is Tuesday 16 June 15:00.
    private static readonly DateTimeOffset Vrijdag = new(2026, 6, 12, 15, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Deadline = Kalender.Deadline(Vrijdag, AdviesvraagService.ReactietermijnWerkdagen);

    public TermijnTests() => Services.AddSingleton(TimeProvider.System).AddSingleton<WerkdagKalenderProvider>();

    [Theory]
    [InlineData(0, "nog 2 werkdagen")] // Friday 15:00: the weekend does not count
    [InlineData(2, "nog 1 werkdag en 22 uur")] // Friday 17:00: 7 h Friday + Monday + 15 h Tuesday
    [InlineData(24, "nog 1 werkdag en 15 uur")] // Saturday 15:00: the countdown stands still over the weekend
    [InlineData(57, "nog 1 werkdag en 15 uur")] // Monday 00:00
    [InlineData(90, "nog 6 uur")] // Tuesday 09:00
    [InlineData(94.5, "nog 1 uur en 30 min")] // Tuesday 13:30
    [InlineData(95.75, "nog 15 min")]
    [InlineData(96, "termijn verstreken")]
    public void Weergave_CountsWorkingTime(double urenNaVrijdag, string verwacht)
    {
        Assert.Equal(verwacht, Termijn.Weergave(Deadline, Vrijdag.AddHours(urenNaVrijdag), Kalender));
    }

    [Fact]
    public void Weergave_SkipsAClosureDay()
    {
        var metSluitingsdag = new WerkdagKalender([new DateOnly(2026, 6, 15)]);
        var deadline = metSluitingsdag.Deadline(Vrijdag, AdviesvraagService.ReactietermijnWerkdagen);

        Assert.Equal("nog 1 werkdag en 15 uur", Termijn.Weergave(deadline, Vrijdag.AddDays(3), metSluitingsdag));
    }

    [Fact]
    public void Card_OnSaturday_ShowsTheWorkingTimeLeft_WithoutTheWarningColour()
    {
        var kaart = Render<AdviesvraagKaartWeergave>(p => p.Add(k => k.Kaart, Kaart()).Add(k => k.Nu, Vrijdag.AddDays(1)));

        var termijn = kaart.Find("[data-testid=termijn]");
        Assert.Equal("nog 1 werkdag en 15 uur", termijn.TextContent.Trim());
        Assert.DoesNotContain("mud-warning-text", termijn.ClassName);
    }

    [Fact]
    public void Card_FromTheEscalationMomentOn_TurnsToTheWarningColour()
    {
        var waarschuwing = Kalender.Waarschuwing(Vrijdag, AdviesvraagService.ReactietermijnWerkdagen);

        var ervoor = Render<AdviesvraagKaartWeergave>(p => p.Add(k => k.Kaart, Kaart()).Add(k => k.Nu, waarschuwing.AddMinutes(-1)));
        var erna = Render<AdviesvraagKaartWeergave>(p => p.Add(k => k.Kaart, Kaart()).Add(k => k.Nu, waarschuwing));

        Assert.DoesNotContain("mud-warning-text", ervoor.Find("[data-testid=termijn]").ClassName);
        Assert.Contains("mud-warning-text", erna.Find("[data-testid=termijn]").ClassName);
        Assert.Equal("nog 1 werkdag", erna.Find("[data-testid=termijn]").TextContent.Trim());
    }

    [Fact]
    public void Card_OfASpoedQuestion_WarnsAtItsOwnEarlierMoment()
    {
        var spoed = Kaart() with { Spoed = true, WaarschuwingOp = Kalender.NaWerktijd(Vrijdag, TimeSpan.FromHours(12)) };

        var kaart = Render<AdviesvraagKaartWeergave>(p => p.Add(k => k.Kaart, spoed).Add(k => k.Nu, spoed.WaarschuwingOp));

        Assert.Contains("mud-warning-text", kaart.Find("[data-testid=termijn]").ClassName);
        Assert.Equal("nog 1 werkdag en 12 uur", kaart.Find("[data-testid=termijn]").TextContent.Trim());
    }

    private static AdviesvraagKaart Kaart() =>
        new(7, 1, "Netwerk West", Vrijdag, Leeftijdscategorie.Van27Tot45, null, [], false, false, "Wie heeft plek voor houtbewerking?",
            AdviesvraagStatus.Open, Deadline, 0, false, false)
        { WaarschuwingOp = Kalender.Waarschuwing(Vrijdag, AdviesvraagService.ReactietermijnWerkdagen) };
}
