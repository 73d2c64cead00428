namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>docs/autorisatie.md is complete and only names what the tests can run.</summary>
public sealed class AutorisatieDocumentTests
{
    private static readonly string[] Personen =
        ["regievoerder-west", "regievoerder-oost", "aanbieder-west", "andere-aanbieder", "wpi-west", "netwerkmanager-west", "beheerder", "oud-lid"];

    private static readonly string[] Inactief = ["gedeactiveerd", "organisatie-inactief"];

    [Theory]
    [InlineData(AutorisatieMatrix.Matrix)]
    [InlineData(AutorisatieMatrix.Inactief)]
    public void Matrix_DocumentCoversEveryActionAndPersona(string blok)
    {
        var cellen = AutorisatieMatrix.Lees(blok);
        var personen = blok == AutorisatieMatrix.Matrix ? Personen : Inactief;

        Assert.Equal(MatrixHandelingen.Alle.Order(), cellen.Select(c => c.Handeling).Distinct().Order());
        Assert.Equal(personen.Order(), cellen.Select(c => c.Persoon).Distinct().Order());
        Assert.Equal(MatrixHandelingen.Alle.Count * personen.Length, cellen.Count);
        Assert.Equal(cellen.Count, cellen.Select(c => (c.Handeling, c.Persoon)).Distinct().Count());
        Assert.All(cellen, c => Assert.Contains(c.Verwacht, AutorisatieMatrix.Waarden));
        // Someone whose access ended may do nothing.
        Assert.True(blok != AutorisatieMatrix.Inactief || cellen.All(c => c.Verwacht == "nee"));
    }

    [Fact]
    public void Matrix_EveryActionIsAllowedToSomeoneAndRefusedToSomeone()
    {
        // A row of only "ja" or only "nee" proves nothing about the rule; the agenda link and the sociale kaart are every
        // active medewerker's (their refusal is proven by the rows of people whose access ended).
        var cellen = AutorisatieMatrix.Lees(AutorisatieMatrix.Matrix);
        foreach (var rij in cellen.GroupBy(c => c.Handeling).Where(r => r.Key is not ("agenda" or "aanbod")))
        {
            Assert.Contains(rij, c => c.Verwacht != "nee");
            Assert.Contains(rij, c => c.Verwacht == "nee");
        }
    }
}
