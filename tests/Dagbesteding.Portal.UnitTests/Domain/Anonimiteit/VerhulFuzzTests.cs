using System.Text;
using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.UnitTests.Domain.Anonimiteit;

/// <summary>
/// Issue 15 point 5, as a property: a generated BSN (11-proef) or Dutch phone number, hidden with random tricks —
/// zero-width and direction marks between the digits, full-width or other scripts' digits, odd spaces and dashes as
/// separators, script tags, SQL and emoji around it — is still found. Fixed seed, bounded; a failure prints the
/// case number and the text (escaped) so it can be replayed.
/// </summary>
public sealed class VerhulFuzzTests
{
    private const int Gevallen = 1500;

    private static readonly string[] Onzichtbaar =
        ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

    /// <summary>The zero of digit sets a person can type or paste: ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai.</summary>
    private static readonly int[] Nullen = ['0', 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50];

    private static readonly string[] Scheidingen = ["", " ", "-", ".", "\u00A0", "\u2007", "\u202F", "\u2011", "\u2013", "\uFF0D", "/"];

    /// <summary>How a BSN is written: in one, 123 456 782, 1234.56.782, 12.34.56.782 (one separator throughout).</summary>
    private static readonly int[][] BsnGroepen = [[9], [3, 3, 3], [4, 2, 3], [2, 2, 2, 3]];

    private static readonly string[] BsnScheidingen = ["", " ", "-", ".", "\u00A0", "\u2007", "\u202F", "\u2011", "\u2013", "\uFF0D"];

    private static readonly string[] Omgeving =
    [
        "Wie heeft plek? ", "Graag snel reactie, ", "<script>alert('x')</script> ", "'; DROP TABLE Casussen; -- ", "🙂 ", "👩🏽‍🦱 ",
        "Cliënt zoekt werk ", "", "\u202Eomgedraaid\u202C ", "ＡＢＣ ", "<b>vet</b> ",
    ];

    [Fact]
    public void HiddenBsn_IsAlwaysFound()
    {
        var random = new Random(20261203);
        for (var geval = 0; geval < Gevallen; geval++)
        {
            var cijfers = Bsn(random);
            var tekst = Verpak(random, Verhul(random, Groepeer(random, cijfers, BsnGroepen[random.Next(BsnGroepen.Length)], BsnScheidingen)));
            AssertGevonden(geval, tekst, BevindingSoort.Bsn);
        }
    }

    [Fact]
    public void HiddenPhoneNumber_IsAlwaysFound()
    {
        var random = new Random(20261204);
        for (var geval = 0; geval < Gevallen; geval++)
        {
            var (nummer, groepen) = Telefoon(random);
            var tekst = Verpak(random, Verhul(random, Groepeer(random, nummer, groepen, Scheidingen)));
            AssertGevonden(geval, tekst, BevindingSoort.Telefoon);
        }
    }

    private static void AssertGevonden(int geval, string tekst, string soort)
    {
        var bevindingen = AnonimiteitsControle.Controleer(tekst);
        Assert.True(bevindingen.Any(b => b.Soort == soort),
            $"Case {geval}: no {soort} found in \"{Escape(tekst)}\" (found: {string.Join(", ", bevindingen.Select(b => b.Soort))}).");
    }

    /// <summary>Nine digits that pass the 11-proef (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11), first digit not 0.</summary>
    private static string Bsn(Random random)
    {
        while (true)
        {
            var d = Enumerable.Range(0, 8).Select(i => i == 0 ? random.Next(1, 10) : random.Next(10)).ToArray();
            var som = Enumerable.Range(0, 8).Sum(i => (9 - i) * d[i]);
            var laatste = som % 11;
            if (laatste <= 9)
            {
                return string.Concat(d) + laatste;
            }
        }
    }

    /// <summary>A mobile (06 or +31 6) or an Amsterdam landline (020 or +31 20), with its usual grouping.</summary>
    private static (string Nummer, int[] Groepen) Telefoon(Random random)
    {
        var rest = string.Concat(Enumerable.Range(0, 8).Select(_ => random.Next(10)));
        var landline = string.Concat(Enumerable.Range(0, 7).Select(_ => random.Next(10)));
        return random.Next(4) switch
        {
            0 => ("06" + rest, random.Next(2) == 0 ? [2, 8] : [2, 2, 2, 2, 2]),
            1 => ("+316" + rest, [3, 1, 8]),
            2 => ("020" + landline, random.Next(2) == 0 ? [3, 7] : [3, 3, 2, 2]),
            _ => ("+3120" + landline, [3, 2, 7]),
        };
    }

    /// <summary>Splits the digits into their usual groups, with one random separator (or none) between the groups.</summary>
    private static string Groepeer(Random random, string nummer, int[] groepen, string[] scheidingen)
    {
        var scheiding = scheidingen[random.Next(scheidingen.Length)];
        var delen = new List<string>();
        var positie = 0;
        foreach (var lengte in groepen)
        {
            delen.Add(nummer.Substring(positie, Math.Min(lengte, nummer.Length - positie)));
            positie += lengte;
        }
        return string.Join(scheiding, delen);
    }

    /// <summary>Per digit: maybe another script's digit; between characters: maybe an invisible mark.</summary>
    private static string Verhul(Random random, string tekst)
    {
        var nul = Nullen[random.Next(Nullen.Length)];
        var onzichtbaarKans = random.Next(4) * 0.15;
        var sb = new StringBuilder();
        foreach (var c in tekst)
        {
            sb.Append(c is >= '0' and <= '9' ? char.ConvertFromUtf32(nul + (c - '0')) : c.ToString());
            if (random.NextDouble() < onzichtbaarKans)
            {
                sb.Append(Onzichtbaar[random.Next(Onzichtbaar.Length)]);
            }
        }
        return sb.ToString();
    }

    private static string Verpak(Random random, string geheim) =>
        Omgeving[random.Next(Omgeving.Length)] + geheim + (random.Next(2) == 0 ? " " + Omgeving[random.Next(Omgeving.Length)] : "");

    private static string Escape(string tekst) =>
        string.Concat(tekst.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
