using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderWerktijdTests
{
    private readonly WerkdagKalender _kalender = new();

    [Theory]
    [InlineData("2026-06-15T09:00:00+02:00", "2026-06-15T11:30:00+02:00", "02:30:00")] // within one working day
    [InlineData("2026-06-12T16:00:00+02:00", "2026-06-15T10:00:00+02:00", "18:00:00")] // Friday -> Monday over the weekend
    [InlineData("2026-06-13T10:00:00+02:00", "2026-06-15T09:00:00+02:00", "09:00:00")] // Saturday -> Monday
    [InlineData("2026-06-13T10:00:00+02:00", "2026-06-14T22:00:00+02:00", "00:00:00")] // within the weekend
    [InlineData("2026-05-04T22:00:00+02:00", "2026-05-06T02:00:00+02:00", "04:00:00")] // over Bevrijdingsdag
    [InlineData("2026-05-05T08:00:00+02:00", "2026-05-05T17:00:00+02:00", "00:00:00")] // within Bevrijdingsdag
    [InlineData("2025-12-24T20:00:00+01:00", "2025-12-29T08:00:00+01:00", "12:00:00")] // over Christmas and weekend
    [InlineData("2026-12-31T23:00:00+01:00", "2027-01-04T01:00:00+01:00", "02:00:00")] // over Nieuwjaarsdag
    [InlineData("2026-06-15T00:00:00+02:00", "2026-06-22T00:00:00+02:00", "5.00:00:00")] // a whole working week
    [InlineData("2026-06-12T15:00:00+02:00", "2026-06-12T15:00:00+02:00", "00:00:00")] // empty interval
    public void Werktijd_Interval_CountsOnlyTheTimeOnWorkingDays(string van, string tot, string verwacht)
    {
        Assert.Equal(TimeSpan.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture), _kalender.Werktijd(Moment(van), Moment(tot)));
    }

    [Fact]
    public void Werktijd_TheWholeYear2026_Is254WholeWorkingDays()
    {
        var werktijd = _kalender.Werktijd(Moment("2026-01-01T00:00:00+01:00"), Moment("2027-01-01T00:00:00+01:00"));

        Assert.Equal(TimeSpan.FromDays(254), werktijd);
    }

    [Fact]
    public void Werktijd_SpanningSpringForward_CountsRealElapsedTimeOnWorkingDays()
    {
        // Friday 20:00 winter time -> Monday 04:00 summer time: 4 hours on Friday + 4 hours on Monday.
        var werktijd = _kalender.Werktijd(Moment("2026-03-27T20:00:00+01:00"), Moment("2026-03-30T04:00:00+02:00"));

        Assert.Equal(TimeSpan.FromHours(8), werktijd);
    }

    [Fact]
    public void Werktijd_SpanningFallBack_CountsRealElapsedTimeOnWorkingDays()
    {
        var werktijd = _kalender.Werktijd(Moment("2026-10-23T20:00:00+02:00"), Moment("2026-10-26T04:00:00+01:00"));

        Assert.Equal(TimeSpan.FromHours(8), werktijd);
    }

    [Fact]
    public void Werktijd_InputInUtc_UsesAmsterdamCalendarDays()
    {
        // Friday 23:30 -> Monday 00:30 in Amsterdam: 30 minutes on Friday and 30 minutes on Monday.
        // (Counting UTC calendar days instead would give 2.5 hours.)
        var werktijd = _kalender.Werktijd(Moment("2026-06-12T21:30:00+00:00"), Moment("2026-06-14T22:30:00+00:00"));

        Assert.Equal(TimeSpan.FromHours(1), werktijd);
    }

    [Fact]
    public void Werktijd_InputsWithDifferentOffsets_GiveTheSameResult()
    {
        var inAmsterdam = _kalender.Werktijd(Moment("2026-06-12T16:00:00+02:00"), Moment("2026-06-15T10:00:00+02:00"));
        var gemengd = _kalender.Werktijd(Moment("2026-06-12T14:00:00+00:00"), Moment("2026-06-15T04:00:00-04:00"));

        Assert.Equal(TimeSpan.FromHours(18), inAmsterdam);
        Assert.Equal(TimeSpan.FromHours(18), gemengd);
    }

    [Fact]
    public void Werktijd_OverGoedeVrijdag_CountsItUnlessItIsAClosureDay()
    {
        var van = Moment("2026-04-02T12:00:00+02:00");
        var tot = Moment("2026-04-07T12:00:00+02:00");

        Assert.Equal(TimeSpan.FromHours(48), _kalender.Werktijd(van, tot));
        Assert.Equal(TimeSpan.FromHours(24), new WerkdagKalender([Dag("2026-04-03")]).Werktijd(van, tot));
    }

    [Fact]
    public void Werktijd_EndBeforeStart_Throws()
    {
        var fout = Assert.Throws<ArgumentOutOfRangeException>(
            () => _kalender.Werktijd(Moment("2026-06-15T10:00:00+02:00"), Moment("2026-06-15T09:59:59+02:00")));

        Assert.Equal("tot", fout.ParamName);
    }

    [Fact]
    public void Waarschuwing_PostedOnFridayAfternoon_IsMondaySameTime()
    {
        var waarschuwing = _kalender.Waarschuwing(Moment("2026-06-12T15:00:00+02:00"), 2);

        AssertExact("2026-06-15T15:00:00+02:00", waarschuwing);
    }

    [Fact]
    public void Waarschuwing_PostedOnSaturday_IsEndOfMonday()
    {
        var waarschuwing = _kalender.Waarschuwing(Moment("2026-06-13T10:00:00+02:00"), 2);

        AssertExact("2026-06-15T23:59:59+02:00", waarschuwing);
    }

    [Fact]
    public void Waarschuwing_FiveWorkingDays_IsTheFourthWorkingDaySameTime()
    {
        var waarschuwing = _kalender.Waarschuwing(Moment("2026-06-12T15:00:00+02:00"), 5);

        AssertExact("2026-06-18T15:00:00+02:00", waarschuwing);
    }

    [Fact]
    public void Waarschuwing_OverChristmas_IsOneWorkingDayBeforeTheDeadline()
    {
        var geplaatst = Moment("2026-12-23T16:00:00+01:00");

        AssertExact("2026-12-28T16:00:00+01:00", _kalender.Waarschuwing(geplaatst, 3));
        AssertExact("2026-12-29T16:00:00+01:00", _kalender.Deadline(geplaatst, 3));
    }

    [Fact]
    public void Waarschuwing_SpanningSpringForward_KeepsWallClockTimeWithSummerOffset()
    {
        var waarschuwing = _kalender.Waarschuwing(Moment("2026-03-27T10:00:00+01:00"), 2);

        AssertExact("2026-03-30T10:00:00+02:00", waarschuwing);
    }

    [Theory]
    [InlineData("2026-06-12T13:00:00+00:00", "2026-06-12T15:00:00+02:00")] // working day, given in UTC
    [InlineData("2026-06-13T10:00:00+02:00", "2026-06-13T10:00:00+02:00")] // Saturday
    public void Waarschuwing_OneWorkingDay_IsThePostingMomentInAmsterdamTime(string geplaatst, string verwacht)
    {
        AssertExact(verwacht, _kalender.Waarschuwing(Moment(geplaatst), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Waarschuwing_FewerThanOneWorkingDay_Throws(int werkdagen)
    {
        var fout = Assert.Throws<ArgumentOutOfRangeException>(
            () => _kalender.Waarschuwing(Moment("2026-06-12T15:00:00+02:00"), werkdagen));

        Assert.Equal("werkdagen", fout.ParamName);
    }

    [Fact]
    public void Waarschuwing_ForEveryDayOf2026_IsExactlyOneWorkingDayOfWorkingTimeBeforeTheDeadline()
    {
        for (var dag = new DateOnly(2026, 1, 1); dag.Year == 2026; dag = dag.AddDays(1))
        {
            var geplaatst = WerkdagKalender.NaarAmsterdam(dag, new TimeOnly(10, 0));

            var waarschuwing = _kalender.Waarschuwing(geplaatst, 3);
            var deadline = _kalender.Deadline(geplaatst, 3);

            Assert.Equal(TimeSpan.FromHours(24), _kalender.Werktijd(waarschuwing, deadline));
            Assert.True(geplaatst < waarschuwing, Iso(waarschuwing));
        }
    }
}
