using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderTijdzoneTests
{
    [Fact]
    public void Tijdzone_IsEuropeAmsterdam()
    {
        Assert.Equal("Europe/Amsterdam", WerkdagKalender.Tijdzone.Id);
    }

    [Theory]
    [InlineData("2026-01-15", "10:00:00", "2026-01-15T10:00:00+01:00")] // winter time
    [InlineData("2026-07-15", "10:00:00", "2026-07-15T10:00:00+02:00")] // summer time
    [InlineData("2026-03-29", "01:59:59", "2026-03-29T01:59:59+01:00")] // just before the gap
    [InlineData("2026-03-29", "03:00:00", "2026-03-29T03:00:00+02:00")] // just after the gap
    [InlineData("2026-10-25", "01:59:59", "2026-10-25T01:59:59+02:00")] // just before the repeated hour
    [InlineData("2026-10-25", "03:00:00", "2026-10-25T03:00:00+01:00")] // just after the repeated hour
    public void NaarAmsterdam_UnambiguousWallClockTime_GetsTheOffsetOfThatMoment(string datum, string tijd, string verwacht)
    {
        AssertExact(verwacht, WerkdagKalender.NaarAmsterdam(Dag(datum), TimeOnly.Parse(tijd, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-29", "02:00:00")]
    [InlineData("2026-03-29", "02:30:00")]
    [InlineData("2026-03-29", "02:59:59.9999999")]
    public void NaarAmsterdam_TimeInTheSpringForwardGap_MovesToTheFirstValidInstantAfterTheGap(string datum, string tijd)
    {
        var moment = WerkdagKalender.NaarAmsterdam(Dag(datum), TimeOnly.Parse(tijd, System.Globalization.CultureInfo.InvariantCulture));

        AssertExact("2026-03-29T03:00:00+02:00", moment);
        Assert.Equal(new DateTime(2026, 3, 29, 1, 0, 0), moment.UtcDateTime);
    }

    [Fact]
    public void NaarAmsterdam_TimeInTheSpringForwardGapOf2025_MovesToThreeOClockSummerTime()
    {
        AssertExact("2025-03-30T03:00:00+02:00", WerkdagKalender.NaarAmsterdam(Dag("2025-03-30"), new TimeOnly(2, 15)));
    }

    [Theory]
    [InlineData("02:00:00", "2026-10-25T02:00:00+02:00")]
    [InlineData("02:30:00", "2026-10-25T02:30:00+02:00")]
    [InlineData("02:59:59", "2026-10-25T02:59:59+02:00")]
    public void NaarAmsterdam_AmbiguousFallBackTime_TakesTheFirstOccurrenceInSummerTime(string tijd, string verwacht)
    {
        var moment = WerkdagKalender.NaarAmsterdam(Dag("2026-10-25"), TimeOnly.Parse(tijd, System.Globalization.CultureInfo.InvariantCulture));

        AssertExact(verwacht, moment);
    }

    [Fact]
    public void NaarAmsterdam_AmbiguousHalfPastTwo_IsHalfPastMidnightUtc()
    {
        var moment = WerkdagKalender.NaarAmsterdam(Dag("2026-10-25"), new TimeOnly(2, 30));

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0), moment.UtcDateTime);
    }
}
