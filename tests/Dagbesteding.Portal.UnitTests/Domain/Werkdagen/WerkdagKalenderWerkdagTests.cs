using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderWerkdagTests
{
    private readonly WerkdagKalender _kalender = new();

    [Theory]
    [InlineData("2026-06-08")] // Monday
    [InlineData("2026-06-09")] // Tuesday
    [InlineData("2026-06-10")] // Wednesday
    [InlineData("2026-06-11")] // Thursday
    [InlineData("2026-06-12")] // Friday
    [InlineData("2026-04-03")] // Goede Vrijdag is a working day unless configured as closure day
    [InlineData("2026-05-04")] // Dodenherdenking
    [InlineData("2026-12-24")] // Kerstavond
    [InlineData("2026-12-31")] // Oudejaarsdag
    public void IsWerkdag_OrdinaryWeekday_IsTrue(string datum)
    {
        Assert.True(_kalender.IsWerkdag(Dag(datum)));
    }

    [Theory]
    [InlineData("2026-06-13")] // Saturday
    [InlineData("2026-06-14")] // Sunday
    [InlineData("2026-01-03")] // Saturday
    [InlineData("2026-01-04")] // Sunday
    public void IsWerkdag_Weekend_IsFalse(string datum)
    {
        Assert.False(_kalender.IsWerkdag(Dag(datum)));
    }

    [Theory]
    [InlineData("2026-01-01")] // Nieuwjaarsdag (Thursday)
    [InlineData("2026-04-06")] // Tweede Paasdag
    [InlineData("2026-04-27")] // Koningsdag (Monday)
    [InlineData("2026-05-05")] // Bevrijdingsdag (Tuesday, not a lustrum year)
    [InlineData("2026-05-14")] // Hemelvaartsdag
    [InlineData("2026-05-25")] // Tweede Pinksterdag
    [InlineData("2026-12-25")] // Eerste Kerstdag (Friday)
    [InlineData("2027-05-05")] // Bevrijdingsdag (Wednesday, not a lustrum year)
    [InlineData("2025-12-26")] // Tweede Kerstdag (Friday)
    public void IsWerkdag_HolidayOnAWeekday_IsFalse(string datum)
    {
        Assert.False(_kalender.IsWerkdag(Dag(datum)));
    }

    [Theory]
    [InlineData(2025, 254)]
    [InlineData(2026, 254)]
    [InlineData(2027, 255)]
    [InlineData(2028, 253)]
    [InlineData(2029, 254)]
    [InlineData(2030, 255)]
    [InlineData(2031, 254)]
    public void IsWerkdag_CountedOverAWholeYear_GivesTheKnownNumberOfWorkingDays(int jaar, int verwacht)
    {
        var eerste = new DateOnly(jaar, 1, 1);
        var aantal = Enumerable.Range(0, DateTime.IsLeapYear(jaar) ? 366 : 365)
            .Count(i => _kalender.IsWerkdag(eerste.AddDays(i)));

        Assert.Equal(verwacht, aantal);
    }

    [Fact]
    public void IsWerkdag_ClosureDay_IsFalse()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        Assert.False(kalender.IsWerkdag(Dag("2026-04-03")));
        Assert.True(kalender.IsWerkdag(Dag("2026-04-02")));
        Assert.True(kalender.IsWerkdag(Dag("2026-04-07")));
    }

    [Fact]
    public void IsWerkdag_SeveralClosureDaysIncludingDuplicates_AreAllExcluded()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03"), Dag("2026-12-24"), Dag("2026-12-24"), Dag("2026-12-31")]);

        Assert.False(kalender.IsWerkdag(Dag("2026-04-03")));
        Assert.False(kalender.IsWerkdag(Dag("2026-12-24")));
        Assert.False(kalender.IsWerkdag(Dag("2026-12-31")));
        Assert.True(kalender.IsWerkdag(Dag("2026-12-30")));
    }

    [Fact]
    public void IsWerkdag_ClosureDaysOnWeekendOrHoliday_DoNotChangeTheYearCount()
    {
        // Saturday, Sunday and Koningsdag: already no working days.
        var kalender = new WerkdagKalender([Dag("2026-06-13"), Dag("2026-06-14"), Dag("2026-04-27")]);
        var eerste = new DateOnly(2026, 1, 1);

        var aantal = Enumerable.Range(0, 365).Count(i => kalender.IsWerkdag(eerste.AddDays(i)));

        Assert.Equal(254, aantal);
    }

    [Fact]
    public void IsWerkdag_ClosureDaysOfAnotherCalendar_DoNotLeak()
    {
        _ = new WerkdagKalender([Dag("2026-04-03")]);

        Assert.True(_kalender.IsWerkdag(Dag("2026-04-03")));
        Assert.False(_kalender.IsSluitingsdag(Dag("2026-04-03")));
    }

    [Fact]
    public void Constructor_NullClosureDays_Throws()
    {
        var fout = Assert.Throws<ArgumentNullException>(() => new WerkdagKalender(null!));
        Assert.Equal("sluitingsdagen", fout.ParamName);
    }

    [Fact]
    public void Constructor_ClosureDaysAreCopied_LaterChangesToTheSourceHaveNoEffect()
    {
        var bron = new List<DateOnly> { Dag("2026-04-03") };
        var kalender = new WerkdagKalender(bron);

        bron.Add(Dag("2026-04-02"));
        bron.Remove(Dag("2026-04-03"));

        Assert.False(kalender.IsWerkdag(Dag("2026-04-03")));
        Assert.True(kalender.IsWerkdag(Dag("2026-04-02")));
    }

    [Theory]
    [InlineData("2026-06-08", "2026-06-09")] // Monday -> Tuesday
    [InlineData("2026-06-12", "2026-06-15")] // Friday -> Monday
    [InlineData("2026-06-13", "2026-06-15")] // Saturday -> Monday
    [InlineData("2026-06-14", "2026-06-15")] // Sunday -> Monday
    [InlineData("2026-05-13", "2026-05-15")] // Wednesday before Hemelvaartsdag -> Friday
    [InlineData("2026-05-24", "2026-05-26")] // Eerste Pinksterdag -> Tuesday after Tweede Pinksterdag
    [InlineData("2026-04-02", "2026-04-03")] // Thursday -> Goede Vrijdag (a working day by default)
    [InlineData("2026-04-03", "2026-04-07")] // Goede Vrijdag -> Tuesday after Tweede Paasdag
    [InlineData("2026-12-24", "2026-12-28")] // Kerstavond (Thursday) -> Monday after Christmas
    [InlineData("2026-12-31", "2027-01-04")] // Oudejaarsdag -> Monday after Nieuwjaarsdag (Friday)
    [InlineData("2025-04-25", "2025-04-28")] // Friday before Koningsdag on Saturday -> Monday
    public void VolgendeWerkdag_Day_IsTheFirstWorkingDayStrictlyAfter(string datum, string verwacht)
    {
        Assert.Equal(Dag(verwacht), _kalender.VolgendeWerkdag(Dag(datum)));
    }

    [Fact]
    public void VolgendeWerkdag_WithGoedeVrijdagAsClosureDay_SkipsIt()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        Assert.Equal(Dag("2026-04-07"), kalender.VolgendeWerkdag(Dag("2026-04-02")));
    }
}
