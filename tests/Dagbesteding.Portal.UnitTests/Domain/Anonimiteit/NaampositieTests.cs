using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// Names that are in no list (invented here: "Zwoleka", "Tamzirt", "Okpoku"), found by their form and position;
/// and capitalised words in the same positions that are not persons.
/// </summary>
public sealed class NaampositieTests
{
    [Theory]
    [InlineData("Ik zoek iets voor haar dochter Zwoleka, ze is 19.", "Zwoleka")]
    [InlineData("Gisteren sprak ik met Tamzirt over een werkplek.", "Tamzirt")]
    [InlineData("Wie heeft plek voor Okpoku? Hij houdt van koken.", "Okpoku")]
    [InlineData("Tamzirt komt uit Osdorp en wil graag tuinieren.", "Tamzirt")]
    [InlineData("Okpoku (34) zoekt een werkplaats in Noord.", "Okpoku")]
    [InlineData("Okpoku, 34 jaar, zoekt een werkplaats in Noord.", "Okpoku")]
    [InlineData("Dat is Zwoleka's grootste wens.", "Zwoleka's")]
    [InlineData("Groet,\nTamzirt\nBuurtteam Noord", "Tamzirt")]
    [InlineData("Hoi Okpoku, dank voor je reactie!", "Okpoku")]
    [InlineData("De moeder van Zwoleka belt morgen.", "Zwoleka")]
    [InlineData("Het gaat om Tamzirt Okpoku uit Slotermeer.", "Tamzirt Okpoku")]
    [InlineData("Mijn cliënt Zwoleka-Tamzirt wil iets met muziek.", "Zwoleka-Tamzirt")]
    // A name that splits into two short Dutch words ("Ama" + "stan", "Ros" + "aria") is no compound.
    [InlineData("Ik heb Amastan gesproken, hij wil liever Meewerken.", "Amastan")]
    [InlineData("Graag een plek voor Rosaria, ze houdt van koken.", "Rosaria")]
    [InlineData("Reiskosten Okpoku: graag via de buurtteammedewerker.", "Okpoku")]
    [InlineData("Postcode van Tamzirt is bekend bij het buurtteam.", "Tamzirt")]
    [InlineData("Okpoku (Ghanees) wil graag in de keuken werken.", "Okpoku")]
    [InlineData("Dhr. R.A. op de Zwoleka heeft nog niet getekend.", "R.A. op de Zwoleka")]
    [InlineData("Contactpersoon: Tamzirt, via het buurtteam.", "Tamzirt")]
    [InlineData("Bel gerust naar Okpoku, zijn nicht, zij tolkt ook.", "Okpoku")]
    [InlineData("Zwoleka-Ten wil graag in Oost blijven.", "Zwoleka-Ten")]
    [InlineData("Hoek heeft aangegeven dat hij niet met de bus durft.", "Hoek")]
    [InlineData("Fijne dag verder,\ngroet Mo", "Mo")]
    [InlineData("Tamzirt Yang wil graag koken.", "Tamzirt Yang")]
    [InlineData("Zo-Zo komt morgen kijken op de werkplaats.", "Zo-Zo")]
    public void Controleer_UnknownNameInNamePosition_FindsNaam(string tekst, string naam)
    {
        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst), b => b.Soort == BevindingSoort.Naam);
        Assert.Equal(naam, tekst.Substring(bevinding.Start, bevinding.Lengte));
    }

    [Theory]
    [InlineData("ik sprak fatima gisteren, ze zoekt nog steeds iets.", "fatima")]
    [InlineData("plek voor mehmet? hij is 45", "mehmet")]
    [InlineData("mehmet is er vandaag wel, fijn", "mehmet")]
    [InlineData("hoi, komt fatima morgen nog?", "fatima")]
    [InlineData("jan de vries zoekt een werkplek in Noord.", "jan de vries")]
    public void Controleer_KnownNameInLowerCaseInNamePosition_FindsNaam(string tekst, string naam)
    {
        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst), b => b.Soort == BevindingSoort.Naam);
        Assert.Equal(naam, tekst.Substring(bevinding.Start, bevinding.Lengte));
    }

    [Theory]
    [InlineData("Meneer heeft de ziekte van Huntington en zoekt rustige dagbesteding.")]
    [InlineData("Mevrouw heeft Parkinson, ze kan niet lang staan.")]
    [InlineData("Een jongen met het syndroom van Down, 22, zoekt een werkplek.")]
    [InlineData("Hij komt oorspronkelijk uit Nador en spreekt Tarifit.")]
    [InlineData("Werkplaatsplek is lastig te vinden in Zuidoost.")]
    [InlineData("Dagbestedingslocatie heeft weer ruimte vanaf maart.")]
    [InlineData("Gesprek met de casemanager volgt volgende week.")]
    [InlineData("Voor mensen met Korsakov is er een aparte groep.")]
    [InlineData("ik sprak met de bewindvoerder over het pgb.")]
    [InlineData("Jongeman met Asperger wil met computers werken. Prikkelarm is een must.")]
    [InlineData("Ook Lewy Body dementie, dus een wisselend beeld.")]
    [InlineData("Atelier Kwakoe heeft plek op dinsdag en donderdag.")]
    [InlineData("Zonnehuis heeft een dagcentrum in Noord.")]
    [InlineData("Van der Pekbuurt of Tuindorp Oostzaan, alles in Noord is goed.")]
    [InlineData("Groen heeft de voorkeur boven grijs op de werkplaats.")]
    [InlineData("Graag de BSN's apart mailen, niet in de vraag.")]
    [InlineData("Fijne dag verder,\ngroet Ok")]
    public void Controleer_CapitalisedWordThatIsNoPerson_HasNoFinding(string tekst)
    {
        Assert.Empty(AnonimiteitsControle.Controleer(tekst));
    }
}
