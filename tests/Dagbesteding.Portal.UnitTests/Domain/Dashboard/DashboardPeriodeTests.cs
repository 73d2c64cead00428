using Dagbesteding.Portal.Domain.Dashboard;

namespace Dagbesteding.Portal.UnitTests.Domain.Dashboard;

public sealed class DashboardPeriodeTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 3);

    [Theory]
    [InlineData("2000-01-01", "2000-12-31")]
    [InlineData("2027-01-01", "2027-12-31")]
    public void Toets_APeriodInsideTheDateWindow_IsAccepted(string van, string tot) =>
        Assert.Null(DashboardPeriode.Toets(DateOnly.Parse(van), DateOnly.Parse(tot), Vandaag));

    [Theory]
    [InlineData("1999-12-31", "2000-01-31", "De begindatum ligt tussen 1 januari 2000 en 31 december 2027: 31 december 1999 ligt vóór 2000")]
    [InlineData("0001-01-01", "0001-01-07", "De begindatum ligt tussen 1 januari 2000 en 31 december 2027: 1 januari 0001 ligt vóór 2000")]
    [InlineData("2027-12-01", "2028-01-01", "De einddatum ligt tussen 1 januari 2000 en 31 december 2027: 1 januari 2028 ligt te ver vooruit.")]
    [InlineData("9999-12-25", "9999-12-31", "De begindatum ligt tussen 1 januari 2000 en 31 december 2027: 25 december 9999 ligt te ver vooruit.")]
    public void Toets_APeriodOutsideTheDateWindow_IsRefusedNamingTheDate(string van, string tot, string melding) =>
        Assert.StartsWith(melding, DashboardPeriode.Toets(DateOnly.Parse(van), DateOnly.Parse(tot), Vandaag));

    [Fact]
    public void Toets_TheOrderAndLengthRules_StillApply_InsideTheWindow()
    {
        Assert.StartsWith("De einddatum ligt vóór de begindatum", DashboardPeriode.Toets(new DateOnly(2026, 6, 25), new DateOnly(2026, 6, 1), Vandaag));
        Assert.Equal("Kies een periode van hoogstens 3 jaar.", DashboardPeriode.Toets(new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1), Vandaag));
        Assert.Equal("Kies een begin- en een einddatum.", DashboardPeriode.Toets(null, new DateOnly(2026, 1, 1), Vandaag));
    }
}
