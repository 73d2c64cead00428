using Dagbesteding.Portal.Domain.Invoer;

namespace Dagbesteding.Portal.UnitTests.Domain.Invoer;

public sealed class InvoertekstTests
{
    [Theory]
    [InlineData("Plek\0vrij", 5)]
    [InlineData("\u0007bel", 1)]
    [InlineData("kleur \u001B[31m", 7)]
    [InlineData("tot \u0085 hier", 5)]
    [InlineData("niet \uFFFE", 6)]
    public void Fout_ForACharacterThatCannotBeStored_NamesWhereItIs(string tekst, int teken)
    {
        var fout = Invoertekst.Fout(tekst, "De vraag");

        Assert.NotNull(fout);
        Assert.StartsWith("De vraag bevat een onzichtbaar of onvolledig teken", fout);
        Assert.Contains($"(teken {teken})", fout);
    }

    /// <summary>Lone surrogates as code, not as InlineData: the test runner's case serialisation would replace them.</summary>
    [Fact]
    public void Fout_ForALoneSurrogate_NamesWhereItIs()
    {
        Assert.Contains("(teken 6)", Invoertekst.Fout("half " + '\uD83D' + " emoji", "De vraag"));
        Assert.Contains("(teken 6)", Invoertekst.Fout("eind " + '\uD83D', "De vraag"));
        Assert.Contains("(teken 1)", Invoertekst.Fout('\uDE42' + " los", "De vraag"));
        Assert.Contains("(teken 3)", Invoertekst.Fout("🙂" + '\uDE42', "De vraag"));
    }

    [Theory]
    [InlineData("Twee regels\r\nmet\teen tab")]
    [InlineData("Emoji 🙂👩🏽‍🦱 en een vlag 🇳🇱")]
    [InlineData("Cliënt, e\u0301, Ａ１, \u202Eomgedraaid\u202C, \u200B")]
    [InlineData("<script>alert(1)</script> '; DROP TABLE x; --")]
    [InlineData("")]
    [InlineData(null)]
    public void Fout_ForTextThatCanBeStoredAsTyped_IsNull(string? tekst)
    {
        Assert.Null(Invoertekst.Fout(tekst, "De vraag"));
    }
}
