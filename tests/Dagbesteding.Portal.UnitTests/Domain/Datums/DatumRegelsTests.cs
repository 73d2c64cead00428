using Dagbesteding.Portal.Domain.Datums;

namespace Dagbesteding.Portal.UnitTests.Domain.Datums;

/// <summary>Every kind of date a person sends: both edges inside, the day beyond each edge refused with its Dutch reason.</summary>
public sealed class DatumRegelsTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 3);

    private static DateOnly D(string tekst) => DateOnly.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Startdatum_FromFiveYearsBack_ToOneYearAhead()
    {
        var bereik = DatumRegels.Startdatum(Vandaag);

        Assert.Null(bereik.Toets(D("2021-12-03")));
        Assert.Null(bereik.Toets(D("2027-12-03")));
        Assert.Equal("De startdatum ligt tussen 3 december 2021 en 3 december 2027: 2 december 2021 ligt meer dan 5 jaar terug.",
            bereik.Toets(D("2021-12-02")));
        Assert.Equal("De startdatum ligt tussen 3 december 2021 en 3 december 2027: 4 december 2027 ligt meer dan 1 jaar vooruit.",
            bereik.Toets(D("2027-12-04")));
    }

    [Fact]
    public void Evaluatiedatum_WithoutAStart_FromToday_ToFiveYearsAhead()
    {
        var bereik = DatumRegels.Evaluatiedatum(null, Vandaag);

        Assert.Null(bereik.Toets(Vandaag));
        Assert.Null(bereik.Toets(D("2031-12-03")));
        Assert.Equal("De evaluatiedatum ligt tussen 3 december 2026 en 3 december 2031: 2 december 2026 ligt in het verleden.",
            bereik.Toets(D("2026-12-02")));
        Assert.Equal("De evaluatiedatum ligt tussen 3 december 2026 en 3 december 2031: 4 december 2031 ligt meer dan 5 jaar vooruit.",
            bereik.Toets(D("2031-12-04")));
    }

    [Fact]
    public void Evaluatiedatum_WithAStartAhead_IsAfterTheStart_AndAtMostFiveYearsAfterIt()
    {
        var bereik = DatumRegels.Evaluatiedatum(D("2027-02-01"), Vandaag);

        Assert.Null(bereik.Toets(D("2027-02-02")));
        Assert.Null(bereik.Toets(D("2032-02-01")));
        Assert.Equal("De evaluatiedatum ligt tussen 2 februari 2027 en 1 februari 2032: 1 februari 2027 ligt niet na de startdatum.",
            bereik.Toets(D("2027-02-01")));
        Assert.Equal("De evaluatiedatum ligt tussen 2 februari 2027 en 1 februari 2032: 2 februari 2032 ligt meer dan 5 jaar na de startdatum.",
            bereik.Toets(D("2032-02-02")));
    }

    [Fact]
    public void Evaluatiedatum_WithAStartInThePast_IsFromToday()
    {
        var bereik = DatumRegels.Evaluatiedatum(D("2026-01-05"), Vandaag);

        Assert.Equal((Vandaag, D("2031-12-03")), (bereik.Van, bereik.Tot));
        Assert.Contains("ligt in het verleden", bereik.Toets(D("2026-12-02")));
    }

    [Fact]
    public void Evaluatiedatum_WithAnAbsurdStart_StillHasAWindow_AndDoesNotOverflow()
    {
        var bereik = DatumRegels.Evaluatiedatum(DateOnly.MaxValue, Vandaag);

        Assert.NotNull(bereik.Toets(DateOnly.MaxValue));
        Assert.NotNull(DatumRegels.Evaluatiedatum(DateOnly.MinValue, Vandaag).Toets(DateOnly.MinValue));
    }

    [Fact]
    public void Sluitingsdag_FromToday_ToFiveYearsAhead()
    {
        var bereik = DatumRegels.Sluitingsdag(Vandaag);

        Assert.Null(bereik.Toets(Vandaag));
        Assert.Null(bereik.Toets(D("2031-12-03")));
        Assert.Equal("Een sluitingsdag ligt tussen 3 december 2026 en 3 december 2031: 2 december 2026 ligt in het verleden.", bereik.Toets(D("2026-12-02")));
        Assert.Equal("Een sluitingsdag ligt tussen 3 december 2026 en 3 december 2031: 4 december 2031 ligt meer dan 5 jaar vooruit.", bereik.Toets(D("2031-12-04")));
    }

    [Fact]
    public void Overleg_FromToday_ToOneYearAhead()
    {
        var bereik = DatumRegels.Overleg(Vandaag);

        Assert.Null(bereik.Toets(Vandaag));
        Assert.Null(bereik.Toets(D("2027-12-03")));
        Assert.Equal("De datum van het overleg ligt tussen 3 december 2026 en 3 december 2027: 2 december 2026 ligt in het verleden.", bereik.Toets(D("2026-12-02")));
        Assert.Equal("De datum van het overleg ligt tussen 3 december 2026 en 3 december 2027: 4 december 2027 ligt meer dan 1 jaar vooruit.", bereik.Toets(D("2027-12-04")));
    }

    [Fact]
    public void Periode_From2000_ToTheEndOfNextYear_ForBothEnds()
    {
        foreach (var (bereik, veld) in new[] { (DatumRegels.Begindatum(Vandaag), "De begindatum"), (DatumRegels.Einddatum(Vandaag), "De einddatum") })
        {
            Assert.Null(bereik.Toets(D("2000-01-01")));
            Assert.Null(bereik.Toets(D("2027-12-31")));
            Assert.Equal($"{veld} ligt tussen 1 januari 2000 en 31 december 2027: 31 december 1999 ligt vóór 2000; het portaal bewaart niets van daarvoor.",
                bereik.Toets(D("1999-12-31")));
            Assert.Equal($"{veld} ligt tussen 1 januari 2000 en 31 december 2027: 1 januari 2028 ligt te ver vooruit.", bereik.Toets(D("2028-01-01")));
        }
    }

    [Fact]
    public void EveryKind_RefusesYearOneAndYear9999_AndAcceptsNoDate()
    {
        Datumbereik[] alle =
        [
            DatumRegels.Startdatum(Vandaag), DatumRegels.Evaluatiedatum(null, Vandaag), DatumRegels.Evaluatiedatum(Vandaag, Vandaag),
            DatumRegels.Sluitingsdag(Vandaag), DatumRegels.Overleg(Vandaag), DatumRegels.Begindatum(Vandaag), DatumRegels.Einddatum(Vandaag),
        ];

        Assert.All(alle, bereik =>
        {
            Assert.NotNull(bereik.Toets(DateOnly.MinValue));
            Assert.NotNull(bereik.Toets(DateOnly.MaxValue));
            // Whether a date is required is the caller's rule: no date is not out of range.
            Assert.Null(bereik.Toets(null));
        });
    }

    [Fact]
    public void Binnen_MovesADateToTheNearestEdge()
    {
        var bereik = DatumRegels.Overleg(Vandaag);

        Assert.Equal(Vandaag, DatumRegels.Binnen(DateOnly.MinValue, bereik));
        Assert.Equal(D("2027-12-03"), DatumRegels.Binnen(DateOnly.MaxValue, bereik));
        Assert.Equal(D("2027-01-15"), DatumRegels.Binnen(D("2027-01-15"), bereik));
    }
}
