using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

public sealed class NaamHerkenningTests
{
    [Theory]
    [InlineData("Ik sprak Fatima gisteren over een werkplek.", "Fatima")]
    [InlineData("Fatima zoekt een plek in Nieuw-West.", "Fatima")]
    [InlineData("Wie heeft plek voor Kevin?", "Kevin")]
    [InlineData("Sem is 19 en wil in de horeca.", "Sem")]
    [InlineData("Jan zoekt werk met zijn handen.", "Jan")]
    [InlineData("Groet,\nSanne\nBuurtteam Oost", "Sanne")]
    [InlineData("Fatima's dochter belt morgen.", "Fatima's")]
    [InlineData("Kevins moeder belt morgen.", "Kevins")]
    [InlineData("Anne-Marie zoekt iets voor haar zoon.", "Anne-Marie")]
    [InlineData("Groeten uit Zuid, KEVIN", "KEVIN")]
    public void Controleer_FirstName_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Jan Bakker wil weer aan de slag.", "Jan Bakker")]
    [InlineData("Het gaat om Khadija Bouzid uit Slotermeer.", "Khadija Bouzid")]
    [InlineData("Anouk van der Meer zoekt creatief werk.", "Anouk van der Meer")]
    [InlineData("Cliënt, Dennis de Groot, heeft een LVB.", "Dennis de Groot")]
    [InlineData("Mijn cliënt Roos Bakker zoekt iets.", "Roos Bakker")]
    [InlineData("Jan-Willem van den Heuvel belt terug.", "Jan-Willem van den Heuvel")]
    public void Controleer_FirstNameWithSurname_FindsWholeName(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Ik heb met mevrouw Bakker gesproken.", "Bakker")]
    [InlineData("Dhr. Visser zoekt een houtwerkplaats.", "Visser")]
    [InlineData("Dhr Jansen komt morgen.", "Jansen")]
    [InlineData("Ik heb met de heer Mulder gebeld.", "Mulder")]
    [InlineData("Het gaat om mevr. de Jong uit Buitenveldert.", "de Jong")]
    [InlineData("Meneer De Vries wil na de zomer beginnen.", "De Vries")]
    [InlineData("De buurvrouw, mevrouw Van den Berg, let op hem.", "Van den Berg")]
    [InlineData("Mevrouw El Amrani spreekt Arabisch.", "El Amrani")]
    [InlineData("Voor de intake met mw. Smit zoeken we een tolk.", "Smit")]
    [InlineData("Bij de intake was tante Riet aanwezig.", "Riet")]
    [InlineData("De fam. Bakker is verhuisd.", "Bakker")]
    public void Controleer_TitleFollowedBySurname_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Aanmelding voor J. de Vries, man van 58.", "J. de Vries")]
    [InlineData("Namens J.P. Hoekstra: de werkplaats zit vol.", "J.P. Hoekstra")]
    [InlineData("Ik verwijs naar A. Boukhari van het sociaal team.", "A. Boukhari")]
    [InlineData("Met vriendelijke groet,\nJ. Jansen\nBuurtteam Noord", "J. Jansen")]
    public void Controleer_InitialsFollowedBySurname_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Meneer van Dijk is 77.", "van Dijk")]
    [InlineData("Ik werk samen met Van Dam.", "Van Dam")]
    [InlineData("Ik heb de Vries gisteren gebeld.", "de Vries")]
    [InlineData("Ik sprak van der Linden over de aanmelding.", "van der Linden")]
    public void Controleer_TussenvoegselWithSurname_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Ik zoek iets voor Jansen, zo noemt hij zichzelf.", "Jansen")]
    [InlineData("Wie heeft plek voor meneer Yilmaz?", "Yilmaz")]
    [InlineData("Meneer Jansen-Yilmaz wil in de kas werken.", "Jansen-Yilmaz")]
    public void Controleer_SurnameThatIsNoOrdinaryWord_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("Ik sprak vanochtend met Roos over een tuin.", "Roos")]
    [InlineData("Ik heb met Storm gesproken.", "Storm")]
    [InlineData("Hoi Noor, heb jij nog plek?", "Noor")]
    public void Controleer_FirstNameThatIsAlsoAWordMidSentence_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("hij heet mohammed en is 40.", "mohammed")]
    [InlineData("Haar achternaam is Vos.", "Vos")]
    [InlineData("Zijn naam: Bakker.", "Bakker")]
    [InlineData("Cliënt heet Sanne de Wit.", "Sanne de Wit")]
    public void Controleer_AfterNameIndicator_FindsNaam(string tekst, string naam)
    {
        AssertNaam(tekst, naam);
    }

    [Theory]
    [InlineData("De bakker op de hoek zoekt geen hulp meer.")]
    [InlineData("Hij werkte als visser en daarna als bakker.")]
    [InlineData("Een visser uit Volendam? Nee, een man uit Noord.")]
    [InlineData("Bakker zoekt een plek.")]
    [InlineData("Visser zoekt iets.")]
    [InlineData("Roos zoekt een plek in West.")]
    [InlineData("Storm en regen: de buitengroep gaat niet door.")]
    [InlineData("Max. 3 dagdelen per week, want hij is snel moe.")]
    [InlineData("Ben je er morgen bij de kennismaking?")]
    [InlineData("Wil iemand meedenken over deze vraag?")]
    [InlineData("Lieve collega's, wie heeft plek?")]
    [InlineData("Het is groot en mulder dan gedacht.")]
    public void Controleer_OrdinaryWordsThatAreAlsoNames_AreNotNaam(string tekst)
    {
        AssertGeenNaam(tekst);
    }

    [Theory]
    [InlineData("Cordaan, Combiwel, Pameijer en Philadelphia hebben plek.")]
    [InlineData("HVO-Querido en Arkin werken samen met het Leger des Heils.")]
    [InlineData("Het WPI en Buurtteam West zoeken samen.")]
    [InlineData("Centrum, West, Oost, Noord, Zuid, Zuidoost, Nieuw-West en Weesp doen mee.")]
    [InlineData("Perceel Meedoen en perceel Meewerken starten in Amsterdam.")]
    [InlineData("Hij werkte vroeger bij Albert Heijn in Osdorp.")]
    [InlineData("Het Anne Frank Huis zoekt vrijwilligers.")]
    [InlineData("Cliënt spreekt Turks, Arabisch en een beetje Engels.")]
    [InlineData("Cliënt wil iets in het centrum, vlak bij de Dam.")]
    [InlineData("Bij De Hoek in Oost is een inloop.")]
    [InlineData("Stichting De Roos heeft een tuin.")]
    [InlineData("Het Amsterdamse Bos is mooi om te wandelen.")]
    [InlineData("Ik fietste over de Jan Evertsenstraat naar huis.")]
    [InlineData("De werkplaats zit bij de Piet Heinkade.")]
    [InlineData("Hij werkte bij Philips in Eindhoven.")]
    [InlineData("Optie A. Werkplaats West heeft plek.")]
    [InlineData("Het project heet Buurtwerk.")]
    [InlineData("NAH, LVB en GGZ komen veel voor.")]
    public void Controleer_OrganisationsPlacesAndDomainWords_AreNotNaam(string tekst)
    {
        AssertGeenNaam(tekst);
    }

    private static void AssertNaam(string tekst, string naam)
    {
        var bevindingen = AnonimiteitsControle.Controleer(tekst);
        var namen = bevindingen.Where(b => b.Soort == "Naam").Select(b => tekst.Substring(b.Start, b.Lengte)).ToList();
        Assert.True(namen.Contains(naam),
            $"Verwacht Naam '{naam}' in \"{tekst}\"; gevonden: {AnonimiteitsControleTests.Beschrijf(tekst, bevindingen)}");
    }

    private static void AssertGeenNaam(string tekst)
    {
        var bevindingen = AnonimiteitsControle.Controleer(tekst);
        Assert.True(bevindingen.All(b => b.Soort != "Naam"),
            $"Geen naam verwacht in \"{tekst}\"; gevonden: {AnonimiteitsControleTests.Beschrijf(tekst, bevindingen)}");
    }
}
