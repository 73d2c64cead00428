using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Xunit.Abstractions;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

public sealed class PrestatieTests(ITestOutputHelper uitvoer)
{
    [Fact]
    public void Controleer_TextOf2000Characters_TakesWellUnder5MsAfterWarmUp()
    {
        var tekst = MaakTekst(2000);
        for (var i = 0; i < 20; i++)
        {
            AnonimiteitsControle.Controleer(tekst);
        }

        const int rondes = 200;
        var tijden = new double[rondes];
        for (var i = 0; i < rondes; i++)
        {
            var klok = Stopwatch.StartNew();
            AnonimiteitsControle.Controleer(tekst);
            tijden[i] = klok.Elapsed.TotalMilliseconds;
        }

        Array.Sort(tijden);
        var mediaan = tijden[rondes / 2];
        var p95 = tijden[(int)(rondes * 0.95)];
        uitvoer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tekst.Length} tekens: mediaan {mediaan:F3} ms, 95e percentiel {p95:F3} ms over {rondes} rondes."));

        Assert.True(mediaan < 5, $"mediaan {mediaan} ms");
    }

    /// <summary>Plakt corpusteksten (schoon en vuil door elkaar) aan elkaar tot ongeveer <paramref name="lengte"/> tekens.</summary>
    private static string MaakTekst(int lengte)
    {
        var corpus = CorpusTests.LeesCorpus().Concat(CorpusTests.LeesCorpus("herkomst-ontwikkel.tsv")).ToList();
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < lengte)
        {
            sb.Append(corpus[i++ % corpus.Count].Tekst).Append(' ');
        }

        return sb.ToString(0, lengte);
    }
}
