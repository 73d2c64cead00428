using System.Globalization;
using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Xunit.Abstractions;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// Controleert elke regel van Corpus/adviesvragen.tsv: schone teksten mogen geen bevindingen geven (geen vals
/// positieven), teksten met persoonsgegevens moeten minstens de verwachte soorten opleveren.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper uitvoer)
{
    public static TheoryData<int, string, string> Regels()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var regel in LeesCorpus())
        {
            data.Add(regel.Regelnummer, string.Join(',', regel.Verwacht), regel.Tekst);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regels))]
    public void Controleer_CorpusRegel_GeeftPreciesDeVerwachteSoortenOfNiets(int regelnummer, string verwacht, string tekst)
    {
        var bevindingen = AnonimiteitsControle.Controleer(tekst);
        var gevonden = bevindingen.Select(b => b.Soort).ToHashSet();

        if (verwacht.Length == 0)
        {
            Assert.True(bevindingen.Count == 0, $"Regel {regelnummer}: vals positief {Beschrijf(tekst, bevindingen)}");
        }
        else
        {
            var ontbrekend = verwacht.Split(',').Where(s => !gevonden.Contains(s)).ToList();
            Assert.True(ontbrekend.Count == 0, $"Regel {regelnummer}: mist {string.Join(", ", ontbrekend)}; gevonden {Beschrijf(tekst, bevindingen)}");
        }
    }

    [Fact]
    public void Corpus_HeeftGenoegSchoneEnVuileTeksten()
    {
        var corpus = LeesCorpus();
        var schoon = corpus.Count(r => r.Verwacht.Count == 0);
        var vuil = corpus.Count - schoon;

        Assert.True(corpus.Count >= 200, $"{corpus.Count} regels");
        Assert.InRange(schoon, 80, corpus.Count - 80);
        Assert.All(corpus.SelectMany(r => r.Verwacht), s => Assert.Contains(s, BevindingSoort.Alle));
        uitvoer.WriteLine($"Corpus: {corpus.Count} teksten, {schoon} schoon, {vuil} met persoonsgegevens.");
    }

    /// <summary>Meet detectie en vals-positieven over het hele corpus, schrijft ze uit en eist 100% en 0%.</summary>
    [Fact]
    public void Corpus_Meetcijfers_DetectieHonderdProcentEnGeenValsPositieven()
    {
        var corpus = LeesCorpus();
        var schoon = 0;
        var valsPositief = 0;
        var verwachteSoorten = 0;
        var gevondenSoorten = 0;
        var vuileTeksten = 0;
        var volledigGevonden = 0;
        var missers = new StringBuilder();
        var perSoort = BevindingSoort.Alle.ToDictionary(s => s, _ => (Verwacht: 0, Gevonden: 0));

        foreach (var regel in corpus)
        {
            var bevindingen = AnonimiteitsControle.Controleer(regel.Tekst);
            var soorten = bevindingen.Select(b => b.Soort).ToHashSet();
            if (regel.Verwacht.Count == 0)
            {
                schoon++;
                if (bevindingen.Count > 0)
                {
                    valsPositief++;
                    missers.AppendLine(CultureInfo.InvariantCulture, $"  vals positief, regel {regel.Regelnummer}: {Beschrijf(regel.Tekst, bevindingen)}");
                }

                continue;
            }

            vuileTeksten++;
            var alles = true;
            foreach (var soort in regel.Verwacht)
            {
                verwachteSoorten++;
                var (v, g) = perSoort[soort];
                if (soorten.Contains(soort))
                {
                    gevondenSoorten++;
                    perSoort[soort] = (v + 1, g + 1);
                }
                else
                {
                    alles = false;
                    perSoort[soort] = (v + 1, g);
                    missers.AppendLine(CultureInfo.InvariantCulture, $"  gemist {soort}, regel {regel.Regelnummer}: {regel.Tekst}");
                }
            }

            if (alles)
            {
                volledigGevonden++;
            }
        }

        var detectie = (double)gevondenSoorten / verwachteSoorten;
        var valsPositiefPercentage = (double)valsPositief / schoon;
        uitvoer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Detectie: {gevondenSoorten}/{verwachteSoorten} verwachte soorten = {detectie:P1}; teksten volledig gevonden: {volledigGevonden}/{vuileTeksten}."));
        uitvoer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Vals positief: {valsPositief}/{schoon} schone teksten = {valsPositiefPercentage:P1}."));
        foreach (var (soort, (v, g)) in perSoort.Where(p => p.Value.Verwacht > 0))
        {
            uitvoer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {soort}: {g}/{v}"));
        }

        uitvoer.WriteLine(missers.Length == 0 ? "Geen missers." : missers.ToString());

        Assert.Equal(verwachteSoorten, gevondenSoorten);
        Assert.Equal(0, valsPositief);
    }

    private static string Beschrijf(string tekst, IReadOnlyList<Bevinding> bevindingen) =>
        bevindingen.Count == 0
            ? "niets"
            : string.Join("; ", bevindingen.Select(b => $"{b.Soort} '{tekst.Substring(b.Start, b.Lengte)}'"));

    internal sealed record CorpusRegel(int Regelnummer, IReadOnlyList<string> Verwacht, string Tekst);

    internal static List<CorpusRegel> LeesCorpus(string bestand = "adviesvragen.tsv")
    {
        var pad = Path.Combine(AppContext.BaseDirectory, "Domain", "Anonimiteit", "Corpus", bestand);
        var regels = new List<CorpusRegel>();
        var nummer = 0;
        var kopGezien = false;
        foreach (var regel in File.ReadLines(pad))
        {
            nummer++;
            if (regel.Length == 0 || regel.StartsWith('#'))
            {
                continue;
            }

            if (!kopGezien)
            {
                kopGezien = true;
                Assert.Equal("soorten\ttekst", regel);
                continue;
            }

            var tab = regel.IndexOf('\t', StringComparison.Ordinal);
            Assert.True(tab >= 0, $"Regel {nummer} heeft geen tab.");
            var verwacht = regel[..tab].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var tekst = regel[(tab + 1)..].Replace("\\n", "\n", StringComparison.Ordinal);
            regels.Add(new CorpusRegel(nummer, verwacht, tekst));
        }

        return regels;
    }
}
