using Dagbesteding.Portal.Features.Audit;

namespace Dagbesteding.Portal.IntegrationTests.Audit;

/// <summary>
/// No free text of a casus or adviesvraag can reach an audit line: the explanation's holes take ids, numbers, dates
/// and enum values, and a checked code; text is refused when the line is written (so a test finds it).
/// </summary>
public sealed class AuditToelichtingTests
{
    [Fact]
    public void Ids_Dates_Enums_AndListsOfIds_AreWritten_Invariantly()
    {
        var datum = new DateOnly(2026, 12, 2);
        Assert.Equal("Overzicht: adviesvragen 3,5,8 op 2026-12-02 (Gewijzigd) 1.5",
            AuditLog.Tekst($"Overzicht: adviesvragen {new[] { 3, 5, 8 }} op {datum:yyyy-MM-dd} ({Domain.Audit.AuditActie.Gewijzigd}) {1.5}"));
    }

    [Fact]
    public void AStringHole_IsRefused()
    {
        var kenmerk = "Mevrouw J. de Vries, Bos en Lommer";
        Assert.Throws<ArgumentException>(() => AuditLog.Tekst($"Casus {kenmerk}"));
        Assert.Throws<ArgumentException>(() => AuditLog.Tekst($"Namen {new[] { "een", "twee" }}"));
        Assert.Throws<ArgumentException>(() => AuditLog.Tekst($"Object {new Uri("https://example.org/")}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hoofdletter")]
    [InlineData("met spatie")]
    [InlineData("een-code-die-veel-te-lang-is-om-een-code-te-zijn")]
    public void ACode_IsLowerCaseLettersDigitsAndHyphens_AtMost40(string code)
    {
        Assert.Throws<ArgumentException>(() => AuditLog.Code(code));
    }

    [Theory]
    [InlineData("BewaarPlanAsync", "bewaar-plan")]
    [InlineData("VoorgesprekAsync", "voorgesprek")]
    [InlineData("WijsAanbiederToeAsync", "wijs-aanbieder-toe")]
    public void AMethodName_BecomesItsCode(string methode, string code)
    {
        Assert.Equal(code, AuditLog.Handeling(methode).Waarde);
    }

    [Fact]
    public void EveryObjectKind_CanBeSearchedOnTheScreen()
    {
        var soorten = typeof(AuditLog).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(soorten, soort => Assert.Contains(AuditZoekService.Soorten, s => s.Soort == soort));
    }

    [Fact]
    public void ALongExplanation_IsCutToTheColumn()
    {
        var tekst = AuditLog.Tekst($"Overzicht: adviesvragen {Enumerable.Range(100_000, 200)}");
        Assert.Equal(AuditLog.MaxToelichting, tekst.Length);
        Assert.EndsWith("...", tekst);
    }
}
