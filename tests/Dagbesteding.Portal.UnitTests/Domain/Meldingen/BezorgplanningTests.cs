using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.UnitTests.Domain.Meldingen;

public sealed class BezorgplanningTests
{
    private static readonly WerkdagKalender Kalender = new([new DateOnly(2026, 4, 3)]); // Goede Vrijdag as closure day
    private static readonly Werktijden Werktijden = Werktijden.Standaard;

    private static DateTimeOffset Amsterdam(int jaar, int maand, int dag, int uur, int minuut = 0)
    {
        var lokaal = new DateTime(jaar, maand, dag, uur, minuut, 0);
        return new DateTimeOffset(lokaal, WerkdagKalender.Tijdzone.GetUtcOffset(lokaal));
    }

    private static MeldingInstellingen Stil(bool spoedDoorbreekt = false) => new() { StilBuitenWerktijd = true, SpoedDoorbreektStilte = spoedDoorbreekt };

    [Theory]
    [InlineData(2026, 6, 16, 10, 0, 2026, 6, 16, 10, 0)] // Tuesday in working hours: at once
    [InlineData(2026, 6, 16, 7, 59, 2026, 6, 16, 8, 0)]  // before 08:00: the same morning
    [InlineData(2026, 6, 16, 18, 0, 2026, 6, 17, 8, 0)]  // 18:00 is already after hours
    [InlineData(2026, 6, 19, 19, 30, 2026, 6, 22, 8, 0)] // Friday evening: Monday morning
    [InlineData(2026, 6, 20, 12, 0, 2026, 6, 22, 8, 0)]  // Saturday: Monday morning
    [InlineData(2026, 4, 2, 20, 0, 2026, 4, 7, 8, 0)]    // Thursday before Goede Vrijdag and Easter Monday: Tuesday
    [InlineData(2026, 4, 26, 21, 0, 2026, 4, 28, 8, 0)]  // Sunday before Koningsdag (27 April): Tuesday
    [InlineData(2026, 10, 23, 19, 0, 2026, 10, 26, 8, 0)] // the weekend summer time ends: Monday 08:00 in winter time (07:00 UTC)
    [InlineData(2026, 3, 27, 23, 0, 2026, 3, 30, 8, 0)]   // the weekend summer time starts: Monday 08:00 in summer time (06:00 UTC)
    public void QuietHours_MoveToTheNextWorkingMorning(int j, int m, int d, int u, int mi, int vj, int vm, int vd, int vu, int vmi)
    {
        var plan = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Direct), Stil(), spoed: false, pushMogelijk: true, emailMogelijk: true,
            Amsterdam(j, m, d, u, mi), Kalender, Werktijden);

        Assert.Equal([BezorgWeg.Push, BezorgWeg.Email], plan.Select(p => p.Weg));
        Assert.All(plan, p => Assert.Equal(Amsterdam(vj, vm, vd, vu, vmi), p.NietVoor));
    }

    [Fact]
    public void AcrossTheEndOfSummerTime_TheMorningIsSevenUtc()
    {
        var plan = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Uit), Stil(), false, true, true,
            new DateTimeOffset(2026, 10, 23, 17, 0, 0, TimeSpan.Zero), Kalender, Werktijden);

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), Assert.Single(plan).NietVoor);
        Assert.Equal(TimeSpan.Zero, plan[0].NietVoor.Offset);
    }

    [Fact]
    public void Spoed_BreaksTheQuietHours_OnlyForWhoChoseIt()
    {
        var zaterdag = Amsterdam(2026, 6, 20, 23, 0);
        var gekozen = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Uit), Stil(spoedDoorbreekt: true), spoed: true, true, true, zaterdag, Kalender, Werktijden);
        var nietGekozen = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Uit), Stil(), spoed: true, true, true, zaterdag, Kalender, Werktijden);
        var geenSpoed = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Uit), Stil(spoedDoorbreekt: true), spoed: false, true, true, zaterdag, Kalender, Werktijden);

        Assert.Equal(zaterdag, Assert.Single(gekozen).NietVoor);
        Assert.Equal(Amsterdam(2026, 6, 22, 8, 0), Assert.Single(nietGekozen).NietVoor);
        Assert.Equal(Amsterdam(2026, 6, 22, 8, 0), Assert.Single(geenSpoed).NietVoor);
    }

    [Fact]
    public void WithoutQuietHours_EverythingGoesAtOnce_ButTheOverviewStillWaitsForTheMorning()
    {
        var nacht = Amsterdam(2026, 6, 16, 23, 30);
        var plan = Bezorgplanning.Plan(new Voorkeur(true, EmailKeuze.Overzicht), new MeldingInstellingen { StilBuitenWerktijd = false }, false, true, true, nacht, Kalender, Werktijden);

        Assert.Equal([new GeplandeBezorging(BezorgWeg.Push, nacht), new GeplandeBezorging(BezorgWeg.Overzicht, Amsterdam(2026, 6, 17, 8, 0))], plan);
    }

    [Theory]
    [InlineData(7, 0, 16)]  // before the morning's overview: in it
    [InlineData(8, 0, 17)]  // at 08:00 today's went out (or goes now): tomorrow's
    [InlineData(14, 0, 17)]
    public void Overview_IsTheFirstWorkingMorningAfterTheMelding(int uur, int minuut, int dag)
    {
        var plan = Bezorgplanning.Plan(new Voorkeur(false, EmailKeuze.Overzicht), Stil(), false, true, true, Amsterdam(2026, 6, 16, uur, minuut), Kalender, Werktijden);

        Assert.Equal(Amsterdam(2026, 6, dag, 8, 0), Assert.Single(plan).NietVoor);
    }

    [Fact]
    public void NothingIsPlanned_WithoutADevice_WithEmailOff_OrAfterABounce()
    {
        var nu = Amsterdam(2026, 6, 16, 10, 0);
        var voorkeur = new Voorkeur(true, EmailKeuze.Direct);

        Assert.Equal([BezorgWeg.Email], Bezorgplanning.Plan(voorkeur, Stil(), false, pushMogelijk: false, emailMogelijk: true, nu, Kalender, Werktijden).Select(p => p.Weg));
        Assert.Equal([BezorgWeg.Push], Bezorgplanning.Plan(voorkeur, Stil(), false, true, emailMogelijk: false, nu, Kalender, Werktijden).Select(p => p.Weg));
        Assert.Equal([BezorgWeg.Push], Bezorgplanning.Plan(voorkeur, new MeldingInstellingen { EmailGeweigerdOp = nu }, false, true, true, nu, Kalender, Werktijden).Select(p => p.Weg));
        Assert.Empty(Bezorgplanning.Plan(new Voorkeur(false, EmailKeuze.Uit), Stil(), false, true, true, nu, Kalender, Werktijden));
    }

    [Fact]
    public void Defaults_PushWhoMustAct_AndNeverMailEveryQuestionAtOnce()
    {
        Assert.Equal(new Voorkeur(true, EmailKeuze.Overzicht), StandaardVoorkeuren.Voor(Functie.AanbiederContactpersoon, MeldingSoort.NieuweAdviesvraag));
        Assert.Equal(new Voorkeur(false, EmailKeuze.Overzicht), StandaardVoorkeuren.Voor(Functie.Buurtteammedewerker, MeldingSoort.NieuweAdviesvraag));
        Assert.Equal(new Voorkeur(true, EmailKeuze.Direct), StandaardVoorkeuren.Voor(Functie.Buurtteammedewerker, MeldingSoort.ReactieOpMijnVraag));
        Assert.Equal(new Voorkeur(true, EmailKeuze.Direct), StandaardVoorkeuren.Voor(Functie.Netwerkmanager, MeldingSoort.Escalatie));
        Assert.All(Enum.GetValues<Functie>(), functie =>
            Assert.NotEqual(EmailKeuze.Direct, StandaardVoorkeuren.Voor(functie, MeldingSoort.NieuweAdviesvraag).Email));
        Assert.True(StandaardVoorkeuren.Instellingen(1, Functie.Netwerkmanager).SpoedDoorbreektStilte);
        Assert.False(StandaardVoorkeuren.Instellingen(1, Functie.AanbiederContactpersoon).SpoedDoorbreektStilte);
    }

    [Fact]
    public void TextsThatLeaveThePortal_NameOnlyTheKindTheChannelAndAnId()
    {
        Assert.Equal("Nieuwe adviesvraag (spoed) in Netwerk West", MeldingTeksten.NieuweAdviesvraag("Netwerk West", spoed: true));
        Assert.Equal("De evaluatie van casus #34 is te laat", MeldingTeksten.Casus(MeldingSoort.EvaluatieTeLaat, 34));
        Assert.Equal("Nieuw aanbod op uw adviesvraag #12", MeldingTeksten.ReactieOpMijnVraag(12, aanbod: true));
    }
}
