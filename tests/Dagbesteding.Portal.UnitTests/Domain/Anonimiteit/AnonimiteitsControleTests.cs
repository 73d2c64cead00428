using Dagbesteding.Portal.Domain.Anonimiteit;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>Per soort persoonsgegeven: wat wel en wat niet gevonden wordt. Namen staan in <see cref="NaamHerkenningTests"/>.</summary>
public sealed class AnonimiteitsControleTests
{
    private static readonly AnonimiteitsControle ControleIn2026 =
        new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));

    // ---------- algemeen ----------

    [Fact]
    public void Controleer_CleanAdviesvraag_ReturnsEmptyList()
    {
        var bevindingen = AnonimiteitsControle.Controleer(
            "Wie heeft plek voor een man van 52 met NAH die graag met hout werkt, Nieuw-West, vervoer nodig?");

        Assert.Empty(bevindingen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Controleer_EmptyText_ReturnsEmptyList(string tekst)
    {
        Assert.Empty(AnonimiteitsControle.Controleer(tekst));
    }

    [Fact]
    public void Controleer_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AnonimiteitsControle.Controleer(null!));
    }

    [Fact]
    public void Controleer_TextWithSeveralKinds_ReturnsFindingsSortedByStartWithoutOverlap()
    {
        const string tekst = "Mevrouw Bakker, geboren 12-03-1985, woont op de Kalverstraat 12, 1012 AB, tel. 06-12345678, "
            + "mail f.bakker@example.nl, BSN 123456782, IBAN NL91ABNA0417164300.";

        var bevindingen = AnonimiteitsControle.Controleer(tekst);

        Assert.Equal(
            ["Naam", "Geboortedatum", "Adres", "Postcode", "Telefoon", "Email", "BSN", "IBAN"],
            bevindingen.Select(b => b.Soort));
        Assert.Equal(bevindingen.OrderBy(b => b.Start), bevindingen);
        for (var i = 1; i < bevindingen.Count; i++)
        {
            Assert.True(bevindingen[i - 1].Einde <= bevindingen[i].Start, "bevindingen overlappen");
        }
    }

    [Fact]
    public void Controleer_Finding_HasPositionLengthAndDutchExplanation()
    {
        const string tekst = "Zijn BSN is 123456782, kan iemand helpen?";

        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst));

        Assert.Equal("BSN", bevinding.Soort);
        Assert.Equal("123456782", tekst.Substring(bevinding.Start, bevinding.Lengte));
        Assert.StartsWith("Dit lijkt op een BSN.", bevinding.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_EmailContainingName_KeepsOnlyTheMoreSpecificEmail()
    {
        const string tekst = "Mail naar Fatima.Yilmaz@example.nl voor informatie.";

        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst));

        Assert.Equal("Email", bevinding.Soort);
        Assert.Equal("Fatima.Yilmaz@example.nl", tekst.Substring(bevinding.Start, bevinding.Lengte));
    }

    [Fact]
    public void Controleer_EverySoort_HasAnExplanation()
    {
        Assert.All(BevindingSoort.Alle, s => Assert.StartsWith("Dit lijkt op ", BevindingSoort.UitlegVoor(s), StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_InstanceToets_GivesSameResultAsStaticControleer()
    {
        const string tekst = "Bel Kevin op 0612345678.";

        Assert.Equal(AnonimiteitsControle.Controleer(tekst), new AnonimiteitsControle().Toets(tekst));
    }

    // ---------- BSN ----------

    [Theory]
    [InlineData("123456782")]
    [InlineData("1234.56.782")]
    [InlineData("123 456 782")]
    [InlineData("123.456.782")]
    [InlineData("12.34.56.782")]
    public void Controleer_TextWithValidBsn_FindsBsn(string bsn)
    {
        AssertGevonden($"Het BSN van cliënt is {bsn}, graag verwerken.", "BSN", bsn);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("123 456 789")]
    [InlineData("000000000")]
    public void Controleer_NineDigitsFailingElfproef_IsNotBsn(string nummer)
    {
        AssertNietGevonden($"Het dossiernummer is {nummer}.", "BSN");
    }

    [Theory]
    [InlineData("Er staan 123 mensen op de wachtlijst en 45 zijn al gestart.")]
    [InlineData("Het budget is € 123.456.789 voor heel Amsterdam.")]
    [InlineData("Hij is 52 en heeft 3 kinderen van 12, 14 en 17.")]
    public void Controleer_OrdinaryNumbers_AreNotBsn(string tekst)
    {
        AssertNietGevonden(tekst, "BSN");
    }

    // ---------- postcode ----------

    [Theory]
    [InlineData("1012 AB")]
    [InlineData("1012AB")]
    [InlineData("1102 DA")]
    [InlineData("1055kl")]
    [InlineData("1032-GE")]
    [InlineData("1055 ab")]
    [InlineData("1062hz")]
    public void Controleer_TextWithPostcode_FindsPostcode(string postcode)
    {
        AssertGevonden($"Cliënt woont in {postcode} en zoekt iets in de buurt.", "Postcode", postcode);
    }

    [Theory]
    [InlineData("In 2024 en 2025 was de wachtlijst lang.")]
    [InlineData("Sinds 2019 zit hij thuis.")]
    [InlineData("De auto heeft 1200 km gereden.")]
    [InlineData("Hij fietst 1000km per jaar.")]
    [InlineData("Postcode 1012 SS bestaat niet.")]
    [InlineData("Postcode 0123 AB bestaat niet.")]
    [InlineData("Met 1500 op de wachtlijst en 2024 en verder.")]
    public void Controleer_YearsAndUnits_AreNotPostcode(string tekst)
    {
        AssertNietGevonden(tekst, "Postcode");
    }

    // ---------- telefoon ----------

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("0612345678")]
    [InlineData("06 1234 5678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06–12345678")]
    [InlineData("020-1234567")]
    [InlineData("020 123 4567")]
    [InlineData("(020) 123 45 67")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 20 1234567")]
    [InlineData("+31(0)6-12345678")]
    [InlineData("0031 6 12345678")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("06.19283746")]
    public void Controleer_TextWithPhoneNumber_FindsTelefoon(string nummer)
    {
        AssertGevonden($"Bel gerust op {nummer} als je plek hebt.", "Telefoon", nummer);
    }

    [Theory]
    [InlineData("Bel 06-1234567 niet, dat nummer is te kort.")]
    [InlineData("De inloop is van 10.00 tot 15.00 uur.")]
    [InlineData("De bus gaat om 06.30 uur, start op 01.02.2027.")]
    [InlineData("Bel de gemeente via 14 020.")]
    [InlineData("Het IBAN NL91 ABNA 0417 1643 01 klopt niet.")]
    public void Controleer_NumbersThatAreNotPhoneNumbers_AreNotTelefoon(string tekst)
    {
        AssertNietGevonden(tekst, "Telefoon");
    }

    // ---------- e-mail ----------

    [Theory]
    [InlineData("jan.bakker@gmail.com")]
    [InlineData("s.devries@buurtteam-west.nl")]
    [InlineData("k.yilmaz1984@hotmail.com")]
    [InlineData("jan.bakker(at)gmail.com")]
    [InlineData("jan [at] gmail.com")]
    [InlineData("regie-noord (apenstaartje) wijkzorg-noord.nl")]
    public void Controleer_TextWithEmailAddress_FindsEmail(string adres)
    {
        AssertGevonden($"Mail naar {adres} voor een afspraak.", "Email", adres);
    }

    [Theory]
    [InlineData("Reageer hier in het kanaal, niet per e-mail.")]
    [InlineData("Kijk op www.cordaan.nl voor het aanbod.")]
    public void Controleer_TextWithoutEmailAddress_FindsNoEmail(string tekst)
    {
        AssertNietGevonden(tekst, "Email");
    }

    // ---------- IBAN ----------

    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("nl91abna0417164300")]
    [InlineData("NL20 INGB 0001 2345 67")]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    public void Controleer_TextWithValidIban_FindsIban(string iban)
    {
        AssertGevonden($"Het rekeningnummer is {iban} t.n.v. de bewindvoerder.", "IBAN", iban);
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")]
    [InlineData("NL92 ABNA 0417 1643 00")]
    public void Controleer_IbanWithWrongCheckDigits_IsNotIban(string iban)
    {
        AssertNietGevonden($"Het rekeningnummer is {iban}.", "IBAN");
    }

    // ---------- geboortedatum ----------

    [Theory]
    [InlineData("12-03-1985")]
    [InlineData("12/3/1985")]
    [InlineData("12.03.1985")]
    [InlineData("12-03-85")]
    [InlineData("1985-03-12")]
    [InlineData("12 maart 1985")]
    [InlineData("3 januari 1990")]
    [InlineData("1e januari 1990")]
    [InlineData("12 mrt. '85")]
    public void Controleer_TextWithFullOldDate_FindsGeboortedatum(string datum)
    {
        AssertGevonden($"Cliënt, {datum}, zoekt een werkplaats.", "Geboortedatum", datum, ControleIn2026);
    }

    [Theory]
    [InlineData("Ze is jarig op 9 oktober en wil dat vieren op de groep.", "jarig op 9 oktober")]
    [InlineData("Zijn verjaardag is 3 mei, dan komt hij niet.", "verjaardag is 3 mei")]
    [InlineData("Hij is jarig 12-3 en wil dan vrij.", "jarig 12-3")]
    public void Controleer_Birthday_FindsGeboortedatum(string tekst, string verjaardag)
    {
        AssertGevonden(tekst, "Geboortedatum", verjaardag, ControleIn2026);
    }

    [Fact]
    public void Controleer_GeborenOpRecentDate_FindsGeboortedatum()
    {
        AssertGevonden("Haar zoontje is geboren op 3 januari 2022.", "Geboortedatum", "3 januari 2022", ControleIn2026);
    }

    [Theory]
    [InlineData("Een man van 45 zoekt dagbesteding.")]
    [InlineData("Cliënt is 45 jaar en woont in Oost.")]
    [InlineData("Hij is geboren in 1985.")]
    [InlineData("Sinds maart 2024 zit ze thuis.")]
    [InlineData("Gesprek op 12-06-2026 met de cliënt.")]
    [InlineData("De aanvraag is op 15-09-2025 ingediend.")]
    [InlineData("Afspraak op 14 mei om 10.00 uur.")]
    [InlineData("De inloop is van 10.30-12.00 uur.")]
    [InlineData("Zie artikel 1.5.10 van de verordening.")]
    public void Controleer_AgeYearMonthOrRecentDate_IsNotGeboortedatum(string tekst)
    {
        AssertNietGevonden(tekst, "Geboortedatum", ControleIn2026);
    }

    [Fact]
    public void Controleer_DateExactlyTenYearsAgo_IsGeboortedatum()
    {
        AssertGevonden("Datum: 01-01-2016.", "Geboortedatum", "01-01-2016", ControleIn2026);
        AssertNietGevonden("Datum: 01-01-2017.", "Geboortedatum", ControleIn2026);
    }

    [Fact]
    public void Controleer_ImpossibleDate_IsNotGeboortedatum()
    {
        AssertNietGevonden("Datum 31-02-1985 bestaat niet.", "Geboortedatum", ControleIn2026);
    }

    // ---------- adres ----------

    [Theory]
    [InlineData("Kalverstraat 12")]
    [InlineData("Van Woustraat 101-3")]
    [InlineData("Bijlmerdreef 1289A")]
    [InlineData("Jan van Galenstraat 232 hs")]
    [InlineData("Admiraal de Ruijterweg 45-II")]
    [InlineData("Overtoom 301")]
    [InlineData("Prinsengracht 263")]
    [InlineData("Weesperzijde 12")]
    [InlineData("kinkerstraat 204")]
    [InlineData("Kalverstraat nr. 12")]
    [InlineData("Tussen Meer 48")]
    [InlineData("Plein '40-'45 3")]
    [InlineData("Groenhoven 203")]
    public void Controleer_TextWithStreetAndHouseNumber_FindsAdres(string adres)
    {
        AssertGevonden($"Cliënt woont op de {adres} en zoekt iets dichtbij.", "Adres", adres);
    }

    /// <summary>A street without a street word ("Reigersbos") is still an address right before a postcode; the name before it stays a name.</summary>
    [Theory]
    [InlineData("Tamzirt woont Reigersbos 201, 1107 EV.", "Reigersbos 201")]
    [InlineData("Verslag dhr. Okpoku – Dubbelink 8, 1102 AL", "Dubbelink 8")]
    [InlineData("Nieuw adres: Kromme Mijdrecht 12-2 1079LD", "Kromme Mijdrecht 12-2")]
    public void Controleer_NameAndNumberBeforePostcode_FindsAdres(string tekst, string adres)
    {
        AssertGevonden(tekst, "Adres", adres);
        AssertGevonden(tekst, "Postcode", tekst[(tekst.IndexOf(adres, StringComparison.Ordinal) + adres.Length)..].Trim(',', ' ', '.'));
    }

    [Theory]
    [InlineData("De werkplaats zit aan de Kinkerstraat, vlak bij de markt.")]
    [InlineData("In het Vondelpark 2 keer per week wandelen is al veel.")]
    [InlineData("Bij het Museumplein 3 dagen per week vrijwilligerswerk doen.")]
    [InlineData("Op de Middenweg, bus 41 stopt voor de deur.")]
    [InlineData("Het BBL-traject, leerweg 2, past goed.")]
    [InlineData("Inloop in het Oosterpark 10.30 tot 12.00 uur.")]
    public void Controleer_StreetWithoutHouseNumber_IsNotAdres(string tekst)
    {
        AssertNietGevonden(tekst, "Adres");
    }

    private static void AssertGevonden(string tekst, string soort, string verwachtFragment, AnonimiteitsControle? controle = null)
    {
        var bevindingen = controle?.Toets(tekst) ?? AnonimiteitsControle.Controleer(tekst);
        var fragmenten = bevindingen.Where(b => b.Soort == soort).Select(b => tekst.Substring(b.Start, b.Lengte)).ToList();
        Assert.True(fragmenten.Contains(verwachtFragment),
            $"Verwacht {soort} '{verwachtFragment}' in \"{tekst}\"; gevonden: {Beschrijf(tekst, bevindingen)}");
    }

    private static void AssertNietGevonden(string tekst, string soort, AnonimiteitsControle? controle = null)
    {
        var bevindingen = controle?.Toets(tekst) ?? AnonimiteitsControle.Controleer(tekst);
        Assert.True(bevindingen.All(b => b.Soort != soort),
            $"Geen {soort} verwacht in \"{tekst}\"; gevonden: {Beschrijf(tekst, bevindingen)}");
    }

    internal static string Beschrijf(string tekst, IReadOnlyList<Bevinding> bevindingen) =>
        bevindingen.Count == 0
            ? "niets"
            : string.Join("; ", bevindingen.Select(b => $"{b.Soort} '{tekst.Substring(b.Start, b.Lengte)}'"));
}
