using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderNaWerktijdTests
{
    private readonly WerkdagKalender _kalender = new();

    [Theory]
    [InlineData("2026-06-15T09:00:00+02:00", "12:00:00", "2026-06-15T21:00:00+02:00")] // Monday morning + half a working day
    [InlineData("2026-06-12T15:00:00+02:00", "12:00:00", "2026-06-15T03:00:00+02:00")] // Friday 15:00: 9 h Friday, 3 h Monday
    [InlineData("2026-06-13T10:00:00+02:00", "12:00:00", "2026-06-15T12:00:00+02:00")] // Saturday: counting starts on Monday
    [InlineData("2026-05-04T20:00:00+02:00", "06:00:00", "2026-05-06T02:00:00+02:00")] // over Bevrijdingsdag
    [InlineData("2025-12-24T20:00:00+01:00", "1.00:00:00", "2025-12-29T20:00:00+01:00")] // over Christmas and the weekend
    [InlineData("2026-06-15T09:00:00+02:00", "00:00:00", "2026-06-15T09:00:00+02:00")] // nothing to add
    [InlineData("2026-06-15T09:00:00+00:00", "00:30:00", "2026-06-15T11:30:00+02:00")] // another offset in, Amsterdam out
    public void NaWerktijd_AddsOnlyTimeOnWorkingDays(string van, string werktijd, string verwacht)
    {
        AssertExact(verwacht, _kalender.NaWerktijd(Moment(van), TimeSpan.Parse(werktijd, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void NaWerktijd_SkipsAClosureDay()
    {
        var kalender = new WerkdagKalender([Dag("2026-06-15")]);

        AssertExact("2026-06-16T03:00:00+02:00", kalender.NaWerktijd(Moment("2026-06-12T15:00:00+02:00"), TimeSpan.FromHours(12)));
    }

    [Fact]
    public void NaWerktijd_IsTheInverseOfWerktijd_OverAYearOfStartingPoints()
    {
        var start = Moment("2026-01-01T00:00:00+01:00");
        for (var uur = 0; uur < 365 * 24; uur += 7)
        {
            var van = start.AddHours(uur).AddMinutes(13);
            foreach (var duur in new[] { TimeSpan.FromHours(12), TimeSpan.FromHours(30), TimeSpan.FromMinutes(1) })
            {
                Assert.Equal(duur, _kalender.Werktijd(van, _kalender.NaWerktijd(van, duur)));
            }
        }
    }

    [Fact]
    public void NaWerktijd_NegativeTime_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _kalender.NaWerktijd(Moment("2026-06-15T09:00:00+02:00"), TimeSpan.FromHours(-1)));
    }
}
