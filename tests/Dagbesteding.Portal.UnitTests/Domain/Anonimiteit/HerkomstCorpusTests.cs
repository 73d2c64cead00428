using System.Globalization;
using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Xunit.Abstractions;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// The corpus of issue 12: texts with names of every origin Amsterdam has, every kind of personal data, and hard
/// clean texts, written apart from the check (by someone who did not read it). Split at random (fixed seed) into
/// two halves: the rules were built on <c>herkomst-ontwikkel.tsv</c> only; <c>herkomst-toets.tsv</c> was held out
/// and measured once at the end (figures in the closing note and in docs/anonimiteit.md).
/// </summary>
public sealed class HerkomstCorpusTests(ITestOutputHelper uitvoer)
{
    [Fact]
    public void Ontwikkelhelft_FindsAtLeast98PercentAndFlagsAtMost2PercentOfCleanTexts()
    {
        var meting = Meet("herkomst-ontwikkel.tsv");

        Assert.True(meting.Detectie >= 0.98, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 0.02, $"vals positief {meting.ValsPositief:P1}");
    }

    /// <summary>
    /// The held-out half, measured once (2026-12-02) after the rules were built on the other half: 308 of 321 pieces
    /// of personal data found (96.0 %; target 98 %, not met) and 1 of 196 clean texts flagged (0.5 %; target 2 %,
    /// met). Before issue 12 the check found 85.4 % of it. Its misses were looked at afterwards (2026-12-03), so it is
    /// development data now: the floor is what the check finds today (320 of 321, 0 flagged), and a change that makes
    /// the check worse turns this red.
    /// </summary>
    [Fact]
    public void Toetshelft_DoesNotFallBelowItsOneTimeMeasurement()
    {
        var meting = Meet("herkomst-toets.tsv");

        Assert.True(meting.Detectie >= 320.0 / 321, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 0, $"vals positief {meting.ValsPositief:P1}");
    }

    /// <summary>
    /// The second corpus (758 texts, written blind on 2026-12-03 after the rules above were built), split at random: the
    /// rules were extended on <c>herkomst2-ontwikkel.tsv</c> (from 95.5 % to 99.3 % found, 0.7 % to 0 % flagged).
    /// </summary>
    [Fact]
    public void TweedeOntwikkelhelft_FindsAtLeast98PercentAndFlagsAtMost2PercentOfCleanTexts()
    {
        var meting = Meet("herkomst2-ontwikkel.tsv");

        Assert.True(meting.Detectie >= 0.98, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 0.02, $"vals positief {meting.ValsPositief:P1}");
    }

    /// <summary>
    /// Its held-out half, measured once (2026-12-03) at the end: 269 of 280 pieces of personal data found (96.1 %; target
    /// 98 %, not met; two of the eleven misses are names that only occur inside an e-mail address the check does report)
    /// and 0 of 149 clean texts flagged (target 2 %, met). Its misses became development data on 2026-12-04 (to 99.3 %);
    /// the floor is what the check finds today (278 of 280; the two left are names inside a reported e-mail address).
    /// </summary>
    [Fact]
    public void TweedeToetshelft_DoesNotFallBelowItsOneTimeMeasurement()
    {
        var meting = Meet("herkomst2-toets.tsv");

        Assert.True(meting.Detectie >= 278.0 / 280, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 0, $"vals positief {meting.ValsPositief:P1}");
    }

    /// <summary>
    /// The third corpus (685 texts, written blind on 2026-12-04), split at random (seed 20261204, clean and dirty texts
    /// apart): the rules were extended on <c>herkomst3-ontwikkel.tsv</c> (from 97.5 % to 100 % found, 2.0 % to 0 %
    /// flagged).
    /// </summary>
    [Fact]
    public void DerdeOntwikkelhelft_FindsAtLeast98PercentAndFlagsAtMost2PercentOfCleanTexts()
    {
        var meting = Meet("herkomst3-ontwikkel.tsv");

        Assert.True(meting.Detectie >= 0.98, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 0.02, $"vals positief {meting.ValsPositief:P1}");
    }

    /// <summary>
    /// Its held-out half, measured once (2026-12-04) at the end: 263 of 266 pieces of personal data found (98.9 %; target
    /// 98 %, met) and 2 of 148 clean texts flagged (1.4 %; target 2 %, met). The one-time figures are the floor.
    /// </summary>
    [Fact]
    public void DerdeToetshelft_DoesNotFallBelowItsOneTimeMeasurement()
    {
        var meting = Meet("herkomst3-toets.tsv");

        Assert.True(meting.Detectie >= 263.0 / 266, $"detectie {meting.Detectie:P1}");
        Assert.True(meting.ValsPositief <= 2.0 / 148, $"vals positief {meting.ValsPositief:P1}");
    }

    [Fact]
    public void Corpus_HasAtLeast600TextsOfBothKinds()
    {
        var ontwikkel = CorpusTests.LeesCorpus("herkomst-ontwikkel.tsv");
        var toets = CorpusTests.LeesCorpus("herkomst-toets.tsv");

        Assert.True(ontwikkel.Count + toets.Count >= 600, $"{ontwikkel.Count} + {toets.Count} teksten");
        foreach (var helft in new[] { ontwikkel, toets })
        {
            Assert.InRange(helft.Count(r => r.Verwacht.Count == 0), helft.Count / 4, helft.Count * 3 / 4);
            Assert.All(helft.SelectMany(r => r.Verwacht), s => Assert.Contains(s, BevindingSoort.Alle));
        }
    }

    private sealed record Meting(double Detectie, double ValsPositief);

    private Meting Meet(string bestand)
    {
        var corpus = CorpusTests.LeesCorpus(bestand);
        var schoon = 0;
        var valsPositief = 0;
        var verwacht = 0;
        var gevonden = 0;
        var perSoort = BevindingSoort.Alle.ToDictionary(s => s, _ => (Verwacht: 0, Gevonden: 0));
        var missers = new StringBuilder();
        foreach (var regel in corpus)
        {
            var bevindingen = AnonimiteitsControle.Controleer(regel.Tekst);
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

            var soorten = bevindingen.Select(b => b.Soort).ToHashSet();
            foreach (var soort in regel.Verwacht)
            {
                verwacht++;
                var (v, g) = perSoort[soort];
                var raak = soorten.Contains(soort);
                gevonden += raak ? 1 : 0;
                perSoort[soort] = (v + 1, g + (raak ? 1 : 0));
                if (!raak)
                {
                    missers.AppendLine(CultureInfo.InvariantCulture, $"  gemist {soort}, regel {regel.Regelnummer}: {regel.Tekst} — gevonden {Beschrijf(regel.Tekst, bevindingen)}");
                }
            }
        }

        var meting = new Meting((double)gevonden / verwacht, (double)valsPositief / schoon);
        uitvoer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{bestand}: {corpus.Count} teksten; gevonden {gevonden}/{verwacht} = {meting.Detectie:P1}; vals positief {valsPositief}/{schoon} = {meting.ValsPositief:P1}"));
        foreach (var (soort, (v, g)) in perSoort.Where(p => p.Value.Verwacht > 0))
        {
            uitvoer.WriteLine($"  {soort}: {g}/{v}");
        }

        uitvoer.WriteLine(missers.ToString());
        return meting;
    }

    private static string Beschrijf(string tekst, IReadOnlyList<Bevinding> bevindingen) =>
        bevindingen.Count == 0 ? "niets" : string.Join("; ", bevindingen.Select(b => $"{b.Soort} '{tekst.Substring(b.Start, b.Lengte)}'"));
}
