using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>Tricks that hide personal data from the check: invisible characters, full-width and other digits.</summary>
public sealed class NormalisatieTests
{
    [Theory]
    [InlineData("BSN 1234\u200B56782", "1234\u200B56782")]            // zero-width space
    [InlineData("BSN 123\u2060456\u200C782", "123\u2060456\u200C782")] // word joiner, zero-width non-joiner
    [InlineData("BSN １２３４５６７８２", "１２３４５６７８２")]              // full-width digits
    [InlineData("BSN \u202E123456782\u202C", "123456782")]              // right-to-left override around it
    [InlineData("BSN ١٢٣٤٥٦٧٨٢", "١٢٣٤٥٦٧٨٢")]                        // Arabic-Indic digits
    public void Controleer_HiddenBsn_IsFoundAndMarksTheTypedCharacters(string tekst, string gemarkeerd)
    {
        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst));

        Assert.Equal(BevindingSoort.Bsn, bevinding.Soort);
        Assert.Equal(gemarkeerd, tekst.Substring(bevinding.Start, bevinding.Lengte));
    }

    [Theory]
    [InlineData("Bel ０６－１２３４５６７８ gerust.", BevindingSoort.Telefoon)]
    [InlineData("Bel 06\u00AD12345678 gerust.", BevindingSoort.Telefoon)]
    [InlineData("Mail naar f.bakker＠example.nl graag.", BevindingSoort.Email)]
    [InlineData("Geboren op 12\u200B-03-1985 in Paramaribo.", BevindingSoort.Geboortedatum)]
    [InlineData("Ik sprak Fat\u200Bima gisteren.", BevindingSoort.Naam)]
    [InlineData("Ik sprak Ｆａｔｉｍａ gisteren.", BevindingSoort.Naam)]
    public void Controleer_HiddenPersonalData_IsFound(string tekst, string soort)
    {
        Assert.Contains(AnonimiteitsControle.Controleer(tekst), b => b.Soort == soort);
    }

    [Fact]
    public void Controleer_NameWithZeroWidthSpace_MarksTheWholeTypedName()
    {
        const string tekst = "Ik sprak Fat\u200Bima gisteren.";

        var bevinding = Assert.Single(AnonimiteitsControle.Controleer(tekst));

        Assert.Equal("Fat\u200Bima", tekst.Substring(bevinding.Start, bevinding.Lengte));
    }

    [Theory]
    [InlineData("Wie heeft plek voor een man van 52\u00A0jaar in Nieuw\u2011West?")]
    [InlineData("Gesprek om 10\u202F:\u202F30 bij de inloop\u200B.")]
    public void Controleer_CleanTextWithSpecialSpaces_HasNoFindings(string tekst)
    {
        Assert.Empty(AnonimiteitsControle.Controleer(tekst));
    }
}
