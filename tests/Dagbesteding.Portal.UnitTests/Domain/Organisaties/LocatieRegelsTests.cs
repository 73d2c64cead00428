using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.UnitTests.Domain.Organisaties;

public sealed class LocatieRegelsTests
{
    private static readonly HashSet<int> Stadsdelen = [1, 2];
    private static readonly HashSet<int> Doelgroepen = [10, 11];
    private static readonly HashSet<int> Contactpersonen = [100];

    private static LocatieGegevens Geldig() => new()
    {
        OrganisatieId = 5,
        Naam = "Werkplaats West",
        StadsdeelId = 1,
        Percelen = Percelen.Meedoen,
        DoelgroepIds = [10],
        ContactpersoonId = 100,
        JekuntmeerUrl = "https://www.jekuntmeer.nl/aanbieder/123",
    };

    private static IReadOnlyList<string> Velden(LocatieGegevens g) =>
        LocatieRegels.Controleer(g, Stadsdelen, Doelgroepen, Contactpersonen).Select(f => f.Veld).ToList();

    [Fact]
    public void ACompleteLocatie_HasNoProblems() => Assert.Empty(Velden(Geldig()));

    [Fact]
    public void ALocatieWithoutPerceel_IsRefusedAtThePercelen()
    {
        var g = Geldig();
        g.Percelen = Percelen.Geen;
        Assert.Equal([LocatieRegels.VeldPercelen], Velden(g));
    }

    [Theory]
    [InlineData("http://www.jekuntmeer.nl/aanbieder")]
    [InlineData("https://www.jekuntmeer.nl.example.org/")]
    [InlineData("https://example.org/jekuntmeer.nl")]
    [InlineData("www.jekuntmeer.nl/aanbieder")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://iemand@www.jekuntmeer.nl/")]
    public void AJekuntmeerLinkThatIsNotHttpsToJekuntmeer_IsRefused(string url)
    {
        var g = Geldig();
        g.JekuntmeerUrl = url;
        Assert.Equal([LocatieRegels.VeldJekuntmeer], Velden(g));
    }

    [Theory]
    [InlineData("https://jekuntmeer.nl/")]
    [InlineData("https://WWW.JEKUNTMEER.NL/aanbieder?id=4")]
    public void AnHttpsLinkToJekuntmeer_IsAccepted(string url)
    {
        var g = Geldig();
        g.JekuntmeerUrl = url;
        Assert.Empty(Velden(g));
    }

    [Fact]
    public void AContactpersoonOfAnotherOrganisation_AnUnknownStadsdeelAndDoelgroep_AreRefusedPerField()
    {
        var g = Geldig();
        g.ContactpersoonId = 999;
        g.StadsdeelId = 9;
        g.DoelgroepIds = [10, 99];
        g.Groepsgrootte = 0;
        Assert.Equal([LocatieRegels.VeldStadsdeel, LocatieRegels.VeldDoelgroepen, LocatieRegels.VeldGroepsgrootte, LocatieRegels.VeldContactpersoon], Velden(g));
    }

    [Fact]
    public void Talen_AreTrimmedLowerCaseWithoutDoubles() =>
        Assert.Equal(["nederlands", "turks"], LocatieRegels.Talen(" Nederlands, turks;TURKS ,, "));

    [Fact]
    public void GewijzigdeVelden_NamesOnlyWhatChanged_IgnoringSpacesAndLanguageCase()
    {
        var oud = Geldig();
        oud.Talen = "nederlands, engels";
        var nieuw = Geldig();
        nieuw.Naam = " Werkplaats West ";
        nieuw.Talen = "Nederlands, Engels";
        nieuw.WachttijdIndicatie = Wachttijd.Direct;
        nieuw.DoelgroepIds = [10, 11];

        Assert.Equal([LocatieRegels.VeldDoelgroepen, LocatieRegels.VeldWachttijd], LocatieRegels.GewijzigdeVelden(oud, nieuw));
    }

    [Theory]
    [InlineData(true, false, 1, 2, true)]
    [InlineData(false, true, 2, 2, true)]
    [InlineData(false, true, 1, 2, false)]
    [InlineData(false, false, 2, 2, false)]
    public void MagBewerken_BeheerderAlways_AnAanbiederOnlyItsOwn(bool beheerder, bool aanbieder, int eigen, int van, bool verwacht) =>
        Assert.Equal(verwacht, LocatieRegels.MagBewerken(beheerder, aanbieder, eigen, van));
}
