using Dagbesteding.Portal.Domain.Werkdagen;
using static Dagbesteding.Portal.UnitTests.Domain.Werkdagen.Tijd;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

public class WerkdagKalenderFeestdagenTests
{
    private readonly WerkdagKalender _kalender = new();

    /// <summary>
    /// Statutory holidays per year in date order: Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag,
    /// Hemelvaartsdag, Tweede Pinksterdag, Eerste Kerstdag, Tweede Kerstdag (written out by hand, not computed).
    /// </summary>
    public static TheoryData<int, string[]> FeestdagenPerJaar => new()
    {
        { 2025, ["2025-01-01", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"] },
        { 2027, ["2027-01-01", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26"] },
        { 2028, ["2028-01-01", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26"] },
        { 2029, ["2029-01-01", "2029-04-02", "2029-04-27", "2029-05-05", "2029-05-10", "2029-05-21", "2029-12-25", "2029-12-26"] },
        { 2030, ["2030-01-01", "2030-04-22", "2030-04-27", "2030-05-05", "2030-05-30", "2030-06-10", "2030-12-25", "2030-12-26"] },
        { 2031, ["2031-01-01", "2031-04-14", "2031-04-26", "2031-05-05", "2031-05-22", "2031-06-02", "2031-12-25", "2031-12-26"] },
    };

    public static TheoryData<string> AlleFeestdagen2025Tot2031
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var rij in FeestdagenPerJaar)
            {
                foreach (var datum in (string[])rij[1])
                {
                    data.Add(datum);
                }
            }

            return data;
        }
    }

    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2038, "2038-04-25")] // latest possible Easter
    [InlineData(2285, "2285-03-22")] // earliest possible Easter
    public void Pasen_KnownYear_IsKnownEasterSunday(int jaar, string verwacht)
    {
        var pasen = WerkdagKalender.Pasen(jaar);

        Assert.Equal(Dag(verwacht), pasen);
        Assert.Equal(DayOfWeek.Sunday, pasen.DayOfWeek);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Pasen_YearOutsideDateOnlyRange_Throws(int jaar)
    {
        var fout = Assert.Throws<ArgumentOutOfRangeException>(() => WerkdagKalender.Pasen(jaar));
        Assert.Equal("jaar", fout.ParamName);
    }

    [Theory]
    [MemberData(nameof(FeestdagenPerJaar))]
    public void Feestdagen_OfYear_AreExactlyTheStatutoryHolidaysInDateOrder(int jaar, string[] verwacht)
    {
        var datums = _kalender.Feestdagen(jaar).Select(f => f.Datum);

        Assert.Equal(verwacht.Select(Dag), datums);
    }

    [Fact]
    public void Feestdagen_Of2026_HaveTheirDutchNames()
    {
        Feestdag[] verwacht =
        [
            new(Dag("2026-01-01"), "Nieuwjaarsdag"),
            new(Dag("2026-04-06"), "Tweede Paasdag"),
            new(Dag("2026-04-27"), "Koningsdag"),
            new(Dag("2026-05-05"), "Bevrijdingsdag"),
            new(Dag("2026-05-14"), "Hemelvaartsdag"),
            new(Dag("2026-05-25"), "Tweede Pinksterdag"),
            new(Dag("2026-12-25"), "Eerste Kerstdag"),
            new(Dag("2026-12-26"), "Tweede Kerstdag"),
        ];

        Assert.Equal(verwacht, _kalender.Feestdagen(2026));
    }

    [Fact]
    public void Feestdagen_Of2016_ListBothBevrijdingsdagAndHemelvaartsdagOnTheFifthOfMay()
    {
        var vijfMei = _kalender.Feestdagen(2016).Where(f => f.Datum == Dag("2016-05-05")).Select(f => f.Naam);

        Assert.Equal(["Bevrijdingsdag", "Hemelvaartsdag"], vijfMei);
        Assert.Equal(8, _kalender.Feestdagen(2016).Count);
    }

    [Fact]
    public void Feestdagen_WithClosureDay_DoNotIncludeTheClosureDay()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        Assert.DoesNotContain(kalender.Feestdagen(2026), f => f.Datum == Dag("2026-04-03"));
        Assert.Equal(8, kalender.Feestdagen(2026).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Feestdagen_YearOutsideDateOnlyRange_Throws(int jaar)
    {
        var fout = Assert.Throws<ArgumentOutOfRangeException>(() => _kalender.Feestdagen(jaar));
        Assert.Equal("jaar", fout.ParamName);
    }

    [Theory]
    [InlineData(2025, "2025-04-26")]
    [InlineData(2031, "2031-04-26")]
    [InlineData(2036, "2036-04-26")]
    public void Koningsdag_WhenTheTwentySeventhIsASunday_IsTheTwentySixth(int jaar, string verwacht)
    {
        var koningsdag = Assert.Single(_kalender.Feestdagen(jaar), f => f.Naam == "Koningsdag");

        Assert.Equal(Dag(verwacht), koningsdag.Datum);
        Assert.Equal(DayOfWeek.Saturday, koningsdag.Datum.DayOfWeek);
        Assert.True(_kalender.IsFeestdag(Dag(verwacht)));
        Assert.False(_kalender.IsFeestdag(Dag(verwacht).AddDays(1)));
    }

    [Theory]
    [InlineData(2026, "2026-04-27")] // Monday
    [InlineData(2030, "2030-04-27")] // Saturday: stays on the 27th
    public void Koningsdag_WhenTheTwentySeventhIsNotASunday_IsTheTwentySeventh(int jaar, string verwacht)
    {
        var koningsdag = Assert.Single(_kalender.Feestdagen(jaar), f => f.Naam == "Koningsdag");

        Assert.Equal(Dag(verwacht), koningsdag.Datum);
        Assert.False(_kalender.IsFeestdag(Dag(verwacht).AddDays(-1)));
    }

    [Theory]
    [MemberData(nameof(AlleFeestdagen2025Tot2031))]
    public void IsFeestdag_StatutoryHoliday_IsTrue(string datum)
    {
        Assert.True(_kalender.IsFeestdag(Dag(datum)));
    }

    [Theory]
    [InlineData("2026-04-05")] // Eerste Paasdag: a Sunday, not listed in the termijnenwet
    [InlineData("2026-05-24")] // Eerste Pinksterdag: idem
    [InlineData("2026-04-03")] // Goede Vrijdag: not statutory
    [InlineData("2026-05-04")] // Dodenherdenking
    [InlineData("2026-12-24")] // Kerstavond
    [InlineData("2026-12-31")] // Oudejaarsdag
    [InlineData("2026-01-02")]
    [InlineData("2026-04-26")] // the day before Koningsdag when the 27th is a weekday
    [InlineData("2025-04-27")] // the 27th when it is a Sunday
    [InlineData("2031-04-27")] // idem
    [InlineData("2026-04-07")] // the day after Tweede Paasdag
    [InlineData("2026-05-15")] // the day after Hemelvaartsdag
    [InlineData("2026-05-26")] // the day after Tweede Pinksterdag
    public void IsFeestdag_OrdinaryOrNonStatutoryDay_IsFalse(string datum)
    {
        Assert.False(_kalender.IsFeestdag(Dag(datum)));
    }

    [Fact]
    public void IsFeestdag_ClosureDay_IsFalse()
    {
        var kalender = new WerkdagKalender([Dag("2026-04-03")]);

        Assert.False(kalender.IsFeestdag(Dag("2026-04-03")));
        Assert.True(kalender.IsSluitingsdag(Dag("2026-04-03")));
    }
}
