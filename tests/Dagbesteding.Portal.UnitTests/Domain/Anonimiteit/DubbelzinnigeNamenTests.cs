using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Xunit.Abstractions;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// De lijst "dubbelzinnige-namen.gegenereerd.txt" bevat de namen (Bogus "nl" plus eigen lijsten) die in kleine
/// letters ook in de Nederlandse woordenlijst staan (Debian-pakket wdutch, /usr/share/dict/dutch). De app leest
/// alleen de gegenereerde lijst; de woordenlijst is alleen nodig om hem opnieuw te maken.
/// Opnieuw genereren: <c>ANONIMITEIT_GENEREER_NAMEN=1 dotnet test tests/Dagbesteding.Portal.UnitTests --filter DubbelzinnigeNamen</c>.
/// </summary>
public sealed class DubbelzinnigeNamenTests(ITestOutputHelper uitvoer)
{
    private const string Woordenlijst = "/usr/share/dict/dutch";
    private const string Bestandsnaam = "dubbelzinnige-namen.gegenereerd.txt";

    [Fact]
    public void GegenereerdeLijst_KomtOvereenMetWoordenlijst()
    {
        // The test script installs wdutch; without it this check would prove nothing, so it fails instead of passing.
        Assert.True(File.Exists(Woordenlijst), $"{Woordenlijst} ontbreekt: installeer het Debian-pakket wdutch (scripts/test.sh doet dat).");

        var verwacht = Genereer();
        if (Environment.GetEnvironmentVariable("ANONIMITEIT_GENEREER_NAMEN") == "1")
        {
            var pad = Path.Combine(Repositorymap(), "src", "Dagbesteding.Portal.Domain", "Anonimiteit", "Data", Bestandsnaam);
            File.WriteAllText(pad, Opmaak(verwacht), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            uitvoer.WriteLine($"{verwacht.Count} namen geschreven naar {pad}.");
            return;
        }

        var vastgelegd = NaamLijsten.LeesResource(Bestandsnaam);
        Assert.Equal(verwacht, vastgelegd);
    }

    [Theory]
    [InlineData("Bakker")]
    [InlineData("Visser")]
    [InlineData("Mulder")]
    [InlineData("Groot")]
    [InlineData("Jong")]
    [InlineData("Vries")]
    [InlineData("Smit")]
    [InlineData("Roos")]
    [InlineData("Storm")]
    public void Dubbelzinnig_BevatNamenDieOokGewoonWoordZijn(string naam)
    {
        Assert.True(NaamLijsten.Standaard.Dubbelzinnig.Contains(naam), naam);
    }

    [Theory]
    [InlineData("Fatima")]
    [InlineData("Jan")]
    [InlineData("Sem")]
    [InlineData("Jansen")]
    [InlineData("Yilmaz")]
    public void Dubbelzinnig_BevatGeenGewoneNamen(string naam)
    {
        Assert.False(NaamLijsten.Standaard.Dubbelzinnig.Contains(naam), naam);
    }

    [Fact]
    public void Namenlijsten_BevattenBogusEnEigenNamen()
    {
        var lijsten = NaamLijsten.Standaard;
        Assert.True(lijsten.Voornamen.Contains("Daan"), "Daan");      // Bogus
        Assert.True(lijsten.Voornamen.Contains("Ayoub"), "Ayoub");     // eigen lijst
        Assert.True(lijsten.Achternamen.Contains("Dijkstra"), "Dijkstra"); // Bogus
        Assert.True(lijsten.Achternamen.Contains("Boateng"), "Boateng");  // eigen lijst
        Assert.False(lijsten.Achternamen.Contains("Stichting"), "Stichting");
        Assert.True(lijsten.Voornamen.Count > 1000, $"{lijsten.Voornamen.Count} voornamen");
    }

    private static List<string> Genereer()
    {
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var regel in File.ReadLines(Woordenlijst))
        {
            // Alleen woorden die in kleine letters in de lijst staan: "bakker" wel, de eigennaam "Emma" niet.
            if (regel.Length > 0 && !regel.Any(char.IsUpper))
            {
                woorden.Add(regel);
            }
        }

        return NaamLijsten.Standaard.AlleNamen
            .Where(naam => woorden.Contains(naam.ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Opmaak(List<string> namen)
    {
        var sb = new StringBuilder();
        sb.Append("# GEGENEREERD - niet met de hand bewerken; zie DubbelzinnigeNamenTests in de unit tests.\n");
        sb.Append("# Namen uit Bogus (nl) en de eigen lijsten die in kleine letters ook een Nederlands woord zijn\n");
        sb.Append("# volgens de woordenlijst van het Debian-pakket wdutch (/usr/share/dict/dutch).\n");
        sb.Append("# Handmatige correcties: dubbelzinnige-namen.extra.txt en dubbelzinnige-namen.uitzonderingen.txt.\n");
        foreach (var naam in namen)
        {
            sb.Append(naam).Append('\n');
        }

        return sb.ToString();
    }

    private static string Repositorymap()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Dagbesteding.Portal.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("Repositorymap niet gevonden.");
    }
}
