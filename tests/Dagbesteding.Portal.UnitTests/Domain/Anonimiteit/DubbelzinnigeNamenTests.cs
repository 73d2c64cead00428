using System.IO.Compression;
using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Xunit.Abstractions;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// De ingebedde woordenlijst (Data/woordenlijst-nl.txt.gz) is de lijst van het Debian-pakket wdutch
/// (/usr/share/dict/dutch) in kleine letters; daaruit volgt welke namen ook een gewoon woord zijn.
/// Opnieuw maken: <c>ANONIMITEIT_GENEREER_WOORDENLIJST=1 dotnet test tests/Dagbesteding.Portal.UnitTests --filter Woordenboek</c>.
/// </summary>
public sealed class DubbelzinnigeNamenTests(ITestOutputHelper uitvoer)
{
    private const string Wdutch = "/usr/share/dict/dutch";

    [Fact]
    public void Woordenboek_IsDeWoordenlijstVanWdutchInKleineLetters()
    {
        // The test script installs wdutch; without it this check would prove nothing, so it fails instead of passing.
        Assert.True(File.Exists(Wdutch), $"{Wdutch} ontbreekt: installeer het Debian-pakket wdutch (scripts/test.sh doet dat).");

        var verwacht = File.ReadLines(Wdutch)
            .Where(w => w.Length > 0 && !w.Any(c => char.IsUpper(c) || char.IsDigit(c) || c is ' ' or '.'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (Environment.GetEnvironmentVariable("ANONIMITEIT_GENEREER_WOORDENLIJST") == "1")
        {
            var pad = Path.Combine(Repositorymap(), "src", "Dagbesteding.Portal.Domain", "Anonimiteit", "Data", "woordenlijst-nl.txt.gz");
            using var bestand = File.Create(pad);
            using var gz = new GZipStream(bestand, CompressionLevel.SmallestSize);
            gz.Write(Encoding.UTF8.GetBytes(string.Join('\n', verwacht) + "\n"));
            uitvoer.WriteLine($"{verwacht.Count} woorden geschreven naar {pad}.");
            return;
        }

        Assert.Equal(verwacht, Woordenboek.Standaard.Woorden().ToList());
    }

    [Theory]
    [InlineData("werkplaats", true)]
    [InlineData("Dagbesteding", true)]
    [InlineData("Werkplaatsplek", true)]
    [InlineData("Buurtkamergroep", true)]
    [InlineData("Tiziri", false)]
    [InlineData("Massinissa", false)]
    [InlineData("Yilmaz", false)]
    public void Woordenboek_HerkentWoordenEnSamenstellingen(string woord, bool verwacht)
    {
        Assert.Equal(verwacht, Woordenboek.Standaard.IsWoordOfSamenstelling(woord));
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
    public void Namenlijsten_BevattenNamenPerHerkomstEnEigenNamen()
    {
        var lijsten = NaamLijsten.Standaard;
        Assert.True(lijsten.Voornamen.Contains("Daan"), "Daan");           // nl
        Assert.True(lijsten.Voornamen.Contains("Ayoub"), "Ayoub");         // eigen lijst
        Assert.True(lijsten.Achternamen.Contains("Dijkstra"), "Dijkstra"); // nl
        Assert.True(lijsten.Achternamen.Contains("Boateng"), "Boateng");   // eigen lijst
        Assert.True(lijsten.Achternamen.Contains("Acheampong"), "Acheampong"); // en_GH
        Assert.True(lijsten.Achternamen.Contains("Adamczyk"), "Adamczyk"); // pl
        Assert.True(lijsten.Voornamen.Contains("Abyasa"), "Abyasa");       // id_ID
        Assert.False(lijsten.Achternamen.Contains("Stichting"), "Stichting");
        Assert.True(lijsten.Voornamen.Count > 5000, $"{lijsten.Voornamen.Count} voornamen");
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
