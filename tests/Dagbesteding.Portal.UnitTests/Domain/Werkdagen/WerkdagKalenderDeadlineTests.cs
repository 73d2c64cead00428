using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderDeadlineTests
{
    private readonly WerkdagKalender _kalender = new();

    [Fact]
    public void Deadline_PostedOnFridayAfternoon_IsTuesdaySameTime()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-12T15:00:00+02:00"), 2);

        AssertExact("2026-06-16T15:00:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnSaturdayMorning_IsEndOfTuesday()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-13T10:00:00+02:00"), 2);

        AssertExact("2026-06-16T23:59:59+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnSundayEvening_IsEndOfTuesday()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-14T23:45:00+02:00"), 2);

        AssertExact("2026-06-16T23:59:59+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnMondayMorning_IsWednesdaySameTime()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-15T09:00:00+02:00"), 2);

        AssertExact("2026-06-17T09:00:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedLateOnAWorkingDayEvening_IsSameLateTimeTwoWorkingDaysLater()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-10T23:30:00+02:00"), 2);

        AssertExact("2026-06-12T23:30:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedAtMidnightStartingAWorkingDay_IsMidnightTwoWorkingDaysLater()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-15T00:00:00+02:00"), 2);

        AssertExact("2026-06-17T00:00:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedWithSecondsAndFractions_KeepsThemExactly()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-12T15:42:17.1234567+02:00"), 2);

        AssertExact("2026-06-16T15:42:17.1234567+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnSaturdayWithSecondsAndFractions_IsExactlyEndOfDayWithoutFractions()
    {
        var deadline = _kalender.Deadline(Moment("2026-06-13T10:11:12.9876543+02:00"), 2);

        AssertExact("2026-06-16T23:59:59+02:00", deadline);
        Assert.Equal(0, deadline.Millisecond);
        Assert.Equal(new TimeOnly(23, 59, 59), WerkdagKalender.EindeVanDag);
    }

    [Theory]
    [InlineData(1, "2026-06-15T15:00:00+02:00")]
    [InlineData(2, "2026-06-16T15:00:00+02:00")]
    [InlineData(3, "2026-06-17T15:00:00+02:00")]
    [InlineData(5, "2026-06-19T15:00:00+02:00")]
    [InlineData(10, "2026-06-26T15:00:00+02:00")]
    public void Deadline_PostedOnFridayAfternoon_IsTheNthWorkingDayAfterAtSameTime(int werkdagen, string verwacht)
    {
        var deadline = _kalender.Deadline(Moment("2026-06-12T15:00:00+02:00"), werkdagen);

        AssertExact(verwacht, deadline);
    }

    [Theory]
    [InlineData(1, "2026-06-15T23:59:59+02:00")]
    [InlineData(2, "2026-06-16T23:59:59+02:00")]
    [InlineData(5, "2026-06-19T23:59:59+02:00")]
    public void Deadline_PostedOnSaturday_IsEndOfTheNthWorkingDayThatFollows(int werkdagen, string verwacht)
    {
        var deadline = _kalender.Deadline(Moment("2026-06-13T10:00:00+02:00"), werkdagen);

        AssertExact(verwacht, deadline);
    }

    [Fact]
    public void Deadline_TheWholeNumberOfWorkingDaysOf2026_EndsOnTheLastWorkingDayOf2026()
    {
        // 2026 has 254 working days; 31 December 2026 (Thursday) is the last one.
        var deadline = _kalender.Deadline(Moment("2025-12-31T12:00:00+01:00"), 254);

        AssertExact("2026-12-31T12:00:00+01:00", deadline);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Deadline_FewerThanOneWorkingDay_Throws(int werkdagen)
    {
        var fout = Assert.Throws<ArgumentOutOfRangeException>(
            () => _kalender.Deadline(Moment("2026-06-12T15:00:00+02:00"), werkdagen));

        Assert.Equal("werkdagen", fout.ParamName);
    }

    [Theory]
    [InlineData("2026-01-01T12:00:00+01:00", "2026-01-05T23:59:59+01:00")] // Nieuwjaarsdag (Thursday)
    [InlineData("2026-04-06T10:00:00+02:00", "2026-04-08T23:59:59+02:00")] // Tweede Paasdag
    [InlineData("2026-04-27T10:00:00+02:00", "2026-04-29T23:59:59+02:00")] // Koningsdag (Monday)
    [InlineData("2026-05-05T08:00:00+02:00", "2026-05-07T23:59:59+02:00")] // Bevrijdingsdag (Tuesday)
    [InlineData("2026-05-14T10:00:00+02:00", "2026-05-18T23:59:59+02:00")] // Hemelvaartsdag (Thursday)
    [InlineData("2026-05-25T10:00:00+02:00", "2026-05-27T23:59:59+02:00")] // Tweede Pinksterdag
    [InlineData("2026-12-25T09:00:00+01:00", "2026-12-29T23:59:59+01:00")] // Eerste Kerstdag (Friday)
    [InlineData("2025-12-25T00:00:00+01:00", "2025-12-30T23:59:59+01:00")] // Eerste Kerstdag (Thursday)
    public void Deadline_PostedOnAHoliday_IsEndOfTheSecondWorkingDayThatFollows(string geplaatst, string verwacht)
    {
        AssertExact(verwacht, _kalender.Deadline(Moment(geplaatst), 2));
    }

    [Theory]
    [InlineData("2026-05-13T11:00:00+02:00", "2026-05-18T11:00:00+02:00")] // Wed before Hemelvaartsdag
    [InlineData("2026-05-04T14:00:00+02:00", "2026-05-07T14:00:00+02:00")] // Mon before Bevrijdingsdag
    [InlineData("2027-05-04T14:00:00+02:00", "2027-05-10T14:00:00+02:00")] // before Bevrijdingsdag + Hemelvaartsdag
    [InlineData("2027-04-26T10:00:00+02:00", "2027-04-29T10:00:00+02:00")] // Mon before Koningsdag (Tuesday)
    [InlineData("2026-04-02T10:00:00+02:00", "2026-04-07T10:00:00+02:00")] // Thu before Pasen: Goede Vrijdag counts
    [InlineData("2026-04-03T10:00:00+02:00", "2026-04-08T10:00:00+02:00")] // on Goede Vrijdag (a working day)
    [InlineData("2026-05-22T16:30:00+02:00", "2026-05-27T16:30:00+02:00")] // Fri before Pinksteren
    [InlineData("2025-04-25T12:00:00+02:00", "2025-04-29T12:00:00+02:00")] // Fri before Koningsdag on Saturday
    public void Deadline_PostedJustBeforeAHoliday_SkipsTheHoliday(string geplaatst, string verwacht)
    {
        AssertExact(verwacht, _kalender.Deadline(Moment(geplaatst), 2));
    }

    [Theory]
    [InlineData("2026-12-23T16:00:00+01:00", "2026-12-28T16:00:00+01:00")] // Wed -> Thu 24, Mon 28
    [InlineData("2026-12-24T09:00:00+01:00", "2026-12-29T09:00:00+01:00")] // Kerstavond -> Mon 28, Tue 29
    [InlineData("2026-12-24T23:30:00+01:00", "2026-12-29T23:30:00+01:00")] // Kerstavond late evening
    [InlineData("2025-12-23T23:30:00+01:00", "2025-12-29T23:30:00+01:00")] // Tue -> Wed 24, Mon 29
    [InlineData("2025-12-24T17:00:00+01:00", "2025-12-30T17:00:00+01:00")] // Wed -> Mon 29, Tue 30
    [InlineData("2026-12-30T12:00:00+01:00", "2027-01-04T12:00:00+01:00")] // over Nieuwjaarsdag (Friday)
    [InlineData("2026-12-31T12:00:00+01:00", "2027-01-05T12:00:00+01:00")] // Oudejaarsdag
    public void Deadline_PostedJustBeforeChristmasOrNewYear_SkipsTheHolidaysAndWeekend(string geplaatst, string verwacht)
    {
        AssertExact(verwacht, _kalender.Deadline(Moment(geplaatst), 2));
    }

    [Fact]
    public void Deadline_SpanningSpringForward_KeepsWallClockTimeWithSummerOffset()
    {
        // Clocks go forward on Sunday 29 March 2026.
        var deadline = _kalender.Deadline(Moment("2026-03-27T10:00:00+01:00"), 2);

        AssertExact("2026-03-31T10:00:00+02:00", deadline);
        Assert.Equal(new DateTime(2026, 3, 31, 8, 0, 0), deadline.UtcDateTime);
    }

    [Fact]
    public void Deadline_SpanningSpringForwardOnEasterSunday2027_SkipsTweedePaasdagAndKeepsWallClockTime()
    {
        // 28 March 2027 is both Easter Sunday and the day the clocks go forward.
        var deadline = _kalender.Deadline(Moment("2027-03-25T10:00:00+01:00"), 2);

        AssertExact("2027-03-30T10:00:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnSaturdayBeforeSpringForward_IsEndOfTuesdayInSummerTime()
    {
        var deadline = _kalender.Deadline(Moment("2026-03-28T12:00:00+01:00"), 2);

        AssertExact("2026-03-31T23:59:59+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnSpringForwardSundayAfterTheChange_IsEndOfTuesday()
    {
        // 01:30 UTC is 03:30 summer time, just after the gap.
        var deadline = _kalender.Deadline(Moment("2026-03-29T01:30:00+00:00"), 2);

        AssertExact("2026-03-31T23:59:59+02:00", deadline);
    }

    [Fact]
    public void Deadline_SpanningFallBack_KeepsWallClockTimeWithWinterOffset()
    {
        // Clocks go back on Sunday 25 October 2026.
        var deadline = _kalender.Deadline(Moment("2026-10-23T10:00:00+02:00"), 2);

        AssertExact("2026-10-27T10:00:00+01:00", deadline);
        Assert.Equal(new DateTime(2026, 10, 27, 9, 0, 0), deadline.UtcDateTime);
    }

    [Fact]
    public void Deadline_SpanningFallBack2025_KeepsWallClockTimeWithWinterOffset()
    {
        // Clocks go back on Sunday 26 October 2025.
        var deadline = _kalender.Deadline(Moment("2025-10-24T17:45:00+02:00"), 2);

        AssertExact("2025-10-28T17:45:00+01:00", deadline);
    }

    [Theory]
    [InlineData("2026-10-25T02:30:00+02:00")] // first 02:30 (summer time)
    [InlineData("2026-10-25T02:30:00+01:00")] // second 02:30 (winter time)
    public void Deadline_PostedInTheRepeatedHourOfFallBack_IsEndOfTuesdayInWinterTime(string geplaatst)
    {
        var deadline = _kalender.Deadline(Moment(geplaatst), 2);

        AssertExact("2026-10-27T23:59:59+01:00", deadline);
    }

    [Theory]
    [InlineData("2026-06-12T13:00:00+00:00", "2026-06-16T15:00:00+02:00")] // UTC, summer
    [InlineData("2026-01-09T14:00:00+00:00", "2026-01-13T15:00:00+01:00")] // UTC, winter
    [InlineData("2026-06-12T09:00:00-05:00", "2026-06-16T16:00:00+02:00")] // New York offset
    [InlineData("2026-06-12T14:00:00+01:00", "2026-06-16T15:00:00+02:00")] // winter offset for a summer instant
    [InlineData("2026-06-12T22:30:00+00:00", "2026-06-16T23:59:59+02:00")] // Friday in UTC, Saturday 00:30 in Amsterdam
    [InlineData("2026-06-14T22:30:00+00:00", "2026-06-17T00:30:00+02:00")] // Sunday in UTC, Monday 00:30 in Amsterdam
    [InlineData("2026-06-15T21:59:59+00:00", "2026-06-17T23:59:59+02:00")] // Monday 23:59:59 in Amsterdam
    public void Deadline_InputWithAnotherOffset_IsConvertedToAmsterdamFirst(string geplaatst, string verwacht)
    {
        AssertExact(verwacht, _kalender.Deadline(Moment(geplaatst), 2));
    }

    [Fact]
    public void Deadline_WithGoedeVrijdagAsClosureDay_SkipsIt()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        var deadline = kalender.Deadline(Moment("2026-04-02T10:00:00+02:00"), 2);

        AssertExact("2026-04-08T10:00:00+02:00", deadline);
    }

    [Fact]
    public void Deadline_PostedOnAClosureDay_IsEndOfTheSecondWorkingDayThatFollows()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        var deadline = kalender.Deadline(Moment("2026-04-03T10:00:00+02:00"), 2);

        AssertExact("2026-04-08T23:59:59+02:00", deadline);
    }

    [Fact]
    public void Deadline_WithSeveralClosureDaysBetweenChristmasAndNewYear_SkipsThemAll()
    {
        var kalender = new WerkdagKalender([Dag("2026-12-28"), Dag("2026-12-29"), Dag("2026-12-30"), Dag("2026-12-31")]);

        var deadline = kalender.Deadline(Moment("2026-12-24T09:00:00+01:00"), 2);

        AssertExact("2027-01-05T09:00:00+01:00", deadline);
    }

    [Fact]
    public void Deadline_ForEveryDayFrom2025To2031_IsOnAWorkingDayExactlyTwoWorkingDaysOfWorkingTimeLater()
    {
        // Posted on a working day at t: the rest of that day + one whole working day + t = 48 hours of working time.
        // Posted on a non-working day: two whole working days minus the last second (end of day is 23:59:59).
        var dag = new DateOnly(2025, 1, 1);
        while (dag.Year <= 2031)
        {
            foreach (var tijd in new[] { new TimeOnly(0, 0), new TimeOnly(10, 0), new TimeOnly(23, 30) })
            {
                var geplaatst = WerkdagKalender.NaarAmsterdam(dag, tijd);

                var deadline = _kalender.Deadline(geplaatst, 2);

                var verwacht = _kalender.IsWerkdag(dag)
                    ? TimeSpan.FromHours(48)
                    : TimeSpan.FromHours(48) - TimeSpan.FromSeconds(1);
                Assert.True(_kalender.IsWerkdag(DateOnly.FromDateTime(deadline.DateTime)), Iso(deadline));
                Assert.Equal(verwacht, _kalender.Werktijd(geplaatst, deadline));
            }

            dag = dag.AddDays(1);
        }
    }
}
