using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.UnitTests.Domain.Casussen;

public sealed class EvaluatieRegelsTests
{
    private static readonly WerkdagKalender Kalender = new();

    [Theory]
    // Six weeks before a Wednesday is a Wednesday: that day.
    [InlineData("2027-03-17", "2027-02-03")]
    // Six weeks before falls on a Saturday or Sunday: the Friday before.
    [InlineData("2027-03-20", "2027-02-05")]
    [InlineData("2027-03-21", "2027-02-05")]
    // Koningsdag 2027 (Tuesday 27 April) is no working day: Monday 26 April.
    [InlineData("2027-06-08", "2027-04-26")]
    // Koningsdag 2025 fell on a Sunday and moved to Saturday 26 April: Friday 25 April.
    [InlineData("2025-06-08", "2025-04-25")]
    // Tweede Paasdag 2027 (Monday 29 March): back over the weekend to Friday 26 March.
    [InlineData("2027-05-10", "2027-03-26")]
    // Eerste and Tweede Kerstdag 2026 (Friday and Saturday) and the Sunday: Thursday 24 December.
    [InlineData("2027-02-06", "2026-12-24")]
    [InlineData("2027-02-07", "2026-12-24")]
    // Nieuwjaarsdag 2027 (Friday): Thursday 31 December.
    [InlineData("2027-02-12", "2026-12-31")]
    public void Startdag_IsSixWeeksBefore_OrTheWorkingDayBeforeThat(string evaluatiedatum, string verwacht) =>
        Assert.Equal(DateOnly.Parse(verwacht), EvaluatieRegels.Startdag(DateOnly.Parse(evaluatiedatum), Kalender));

    [Fact]
    public void Startdag_OnAClosureDay_MovesToTheWorkingDayBefore()
    {
        // Goede Vrijdag 2027 (26 March) added by the beheerder as a closure day.
        var kalender = new WerkdagKalender([new DateOnly(2027, 3, 26)]);

        Assert.Equal(new DateOnly(2027, 3, 25), EvaluatieRegels.Startdag(new DateOnly(2027, 5, 7), kalender));
    }

    [Fact]
    public void Startdag_IsAlwaysAWorkingDay_AndNeverLaterThanSixWeeksBefore()
    {
        for (var datum = new DateOnly(2026, 1, 1); datum < new DateOnly(2030, 1, 1); datum = datum.AddDays(1))
        {
            var start = EvaluatieRegels.Startdag(datum, Kalender);
            Assert.True(Kalender.IsWerkdag(start), $"{datum}: {start} is geen werkdag");
            Assert.InRange(datum.DayNumber - start.DayNumber, 42, 42 + 7);
        }
    }
}
