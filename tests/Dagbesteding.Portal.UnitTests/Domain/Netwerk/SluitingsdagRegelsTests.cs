using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.UnitTests.Domain.Netwerk;

public sealed class SluitingsdagRegelsTests
{
    private static readonly DateOnly Vandaag = new(2026, 3, 2); // a Monday
    private static readonly Dictionary<DateOnly, string> Geen = [];

    [Fact]
    public void Controleer_GoedeVrijdagInTheFuture_IsAccepted() =>
        Assert.Empty(SluitingsdagRegels.Controleer(new DateOnly(2026, 4, 3), "Goede Vrijdag", Vandaag, Geen));

    [Fact]
    public void Controleer_Today_IsAccepted() =>
        Assert.Empty(SluitingsdagRegels.Controleer(Vandaag, "Calamiteit", Vandaag, Geen));

    [Fact]
    public void Controleer_NoDate_AsksForOne() =>
        Assert.Equal([new Invoerfout("Datum", "Vul een datum in.")], SluitingsdagRegels.Controleer(null, "Goede Vrijdag", Vandaag, Geen));

    [Fact]
    public void Controleer_Yesterday_IsInThePast() =>
        Assert.Equal(
            [new Invoerfout("Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 1 maart 2026 ligt in het verleden.")],
            SluitingsdagRegels.Controleer(new DateOnly(2026, 3, 1), "Gisteren", Vandaag, Geen));

    [Fact]
    public void Controleer_WithinFiveYears_IsAccepted_AndFurther_IsRefused()
    {
        // Friday 28 February 2031 is within five years of Monday 2 March 2026; Monday 3 March 2031 is not.
        Assert.Empty(SluitingsdagRegels.Controleer(new DateOnly(2031, 2, 28), "Calamiteit", Vandaag, Geen));
        Assert.Equal(
            [new Invoerfout("Datum", "Een sluitingsdag ligt tussen 2 maart 2026 en 2 maart 2031: 3 maart 2031 ligt meer dan 5 jaar vooruit.")],
            SluitingsdagRegels.Controleer(new DateOnly(2031, 3, 3), "Te ver", Vandaag, Geen));
        Assert.Single(SluitingsdagRegels.Controleer(DateOnly.MaxValue, "Jaar 9999", Vandaag, Geen));
    }

    [Theory]
    [InlineData("2026-04-06", "Tweede Paasdag")]
    [InlineData("2026-04-27", "Koningsdag")]
    [InlineData("2026-05-05", "Bevrijdingsdag")]
    [InlineData("2026-05-14", "Hemelvaartsdag")]
    [InlineData("2026-05-25", "Tweede Pinksterdag")]
    [InlineData("2026-12-25", "Eerste Kerstdag")]
    [InlineData("2027-01-01", "Nieuwjaarsdag")]
    public void Controleer_AStatutoryHoliday_NamesTheHoliday(string datum, string feestdag)
    {
        var dag = DateOnly.Parse(datum);
        var fout = Assert.Single(SluitingsdagRegels.Controleer(dag, "Extra vrij", Vandaag, Geen));
        Assert.Equal("Datum", fout.Veld);
        Assert.Equal($"{SluitingsdagRegels.Weergave(dag)} is al een feestdag ({feestdag}).", fout.Melding);
    }

    [Fact]
    public void Controleer_AnExistingClosureDay_NamesItsOmschrijving() =>
        Assert.Equal(
            [new Invoerfout("Datum", "3 april 2026 is al een sluitingsdag (Goede Vrijdag).")],
            SluitingsdagRegels.Controleer(new DateOnly(2026, 4, 3), "Nogmaals", Vandaag, new Dictionary<DateOnly, string> { [new DateOnly(2026, 4, 3)] = "Goede Vrijdag" }));

    [Theory]
    [InlineData("2026-03-07")]
    [InlineData("2026-03-08")]
    public void Controleer_AWeekendDay_IsAlreadyNoWorkingDay(string datum) =>
        Assert.Equal(
            [new Invoerfout("Datum", $"{SluitingsdagRegels.Weergave(DateOnly.Parse(datum))} valt in het weekend en is al geen werkdag.")],
            SluitingsdagRegels.Controleer(DateOnly.Parse(datum), "Weekend", Vandaag, Geen));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    public void Controleer_NoOmschrijving_AsksForOne(string? omschrijving) =>
        Assert.Equal(
            [new Invoerfout("Omschrijving", "Vul een omschrijving in, bijvoorbeeld \"Goede Vrijdag\".")],
            SluitingsdagRegels.Controleer(new DateOnly(2026, 4, 3), omschrijving, Vandaag, Geen));

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Controleer_OmschrijvingLength_IsThreeToTwoHundred(int lengte, bool goed)
    {
        // Spaces around the text do not count.
        var fouten = SluitingsdagRegels.Controleer(new DateOnly(2026, 4, 3), "  " + new string('a', lengte) + "  ", Vandaag, Geen);
        if (goed)
        {
            Assert.Empty(fouten);
        }
        else
        {
            Assert.Equal([new Invoerfout("Omschrijving", $"De omschrijving is 3 tot 200 tekens lang (nu {lengte}).")], fouten);
        }
    }

    [Fact]
    public void Controleer_BothFieldsWrong_GivesOneMessagePerField() =>
        Assert.Equal(
            [new Invoerfout("Datum", "Vul een datum in."), new Invoerfout("Omschrijving", "De omschrijving is 3 tot 200 tekens lang (nu 1).")],
            SluitingsdagRegels.Controleer(null, "x", Vandaag, Geen));

    [Fact]
    public void Normaliseer_TrimsSpaces() => Assert.Equal("Goede Vrijdag", SluitingsdagRegels.Normaliseer("  Goede Vrijdag "));

    [Fact]
    public void Weergave_IsDutch() => Assert.Equal("3 april 2026", SluitingsdagRegels.Weergave(new DateOnly(2026, 4, 3)));
}
