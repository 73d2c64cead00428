using System.IO.Compression;
using System.Reflection;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// De Nederlandse woorden in kleine letters (OpenTaal, via het Debian-pakket wdutch; zie Data/BRONNEN.md), om te
/// beoordelen of een woord met een hoofdletter een gewoon woord is of een naam kan zijn.
/// </summary>
/// <remarks>
/// 356.000 woorden als één gesorteerde tekenreeks met een tabel van beginposities, niet als HashSet: ongeveer
/// 9 MB in plaats van 30 MB, en laden is alleen uitpakken. Opzoeken is binair zoeken (ordinaal, zoals gesorteerd).
/// </remarks>
internal sealed class Woordenboek
{
    private const string Resource = "Anonimiteit.woordenlijst-nl.txt.gz";

    /// <summary>Koppelletters tussen de delen van een samenstelling: "werkplaats" + "s" + "plek".</summary>
    private static readonly string[] Tussenklanken = ["", "s", "e", "en", "-"];

    private static readonly Lazy<Woordenboek> LazyStandaard = new(Laad);

    private readonly string _woorden;
    private readonly int[] _begin;

    private Woordenboek(string woorden, int[] begin)
    {
        _woorden = woorden;
        _begin = begin;
    }

    public static Woordenboek Standaard => LazyStandaard.Value;

    public int Aantal => _begin.Length - 1;

    /// <summary>Alle woorden, voor de test die de lijst met wdutch vergelijkt.</summary>
    public IEnumerable<string> Woorden()
    {
        for (var i = 0; i < Aantal; i++)
        {
            yield return _woorden[_begin[i]..(_begin[i + 1] - 1)];
        }
    }

    /// <summary>Staat <paramref name="woord"/> (hoofdletters maken niet uit) in de woordenlijst?</summary>
    public bool Bevat(ReadOnlySpan<char> woord)
    {
        if (woord.Length is 0 or > 64)
        {
            return false;
        }

        Span<char> klein = stackalloc char[woord.Length];
        woord.ToLowerInvariant(klein);
        return BevatKlein(klein);
    }

    /// <summary>
    /// Is <paramref name="woord"/> een Nederlands woord of een samenstelling van twee ("Werkplaatsplek",
    /// "Buurtkamergroep", "Prikkelarm")? Beide delen staan in de lijst, met minstens vier letters, of vijf en drie.
    /// </summary>
    public bool IsWoordOfSamenstelling(ReadOnlySpan<char> woord)
    {
        if (woord.Length is 0 or > 64)
        {
            return false;
        }

        Span<char> klein = stackalloc char[woord.Length];
        woord.ToLowerInvariant(klein);
        if (BevatKlein(klein))
        {
            return true;
        }

        for (var knip = 4; knip <= klein.Length - 3; knip++)
        {
            if (!BevatKlein(klein[..knip]))
            {
                continue;
            }

            // Korte delen maken van bijna elke naam een "samenstelling" ("Win" + "ston", "Ros" + "aria", "Doel" + "wijt"):
            // beide delen minstens vier letters, of een kort hoofddeel achter een lang eerste deel ("prikkel" + "arm").
            var minimaalHoofd = knip >= 5 ? 3 : 4;
            var rest = klein[knip..];
            foreach (var klank in Tussenklanken)
            {
                if (rest.Length - klank.Length >= minimaalHoofd && rest.StartsWith(klank, StringComparison.Ordinal)
                    && BevatKlein(rest[klank.Length..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool BevatKlein(ReadOnlySpan<char> klein)
    {
        var laag = 0;
        var hoog = Aantal - 1;
        while (laag <= hoog)
        {
            var midden = laag + ((hoog - laag) >> 1);
            var kandidaat = _woorden.AsSpan(_begin[midden], _begin[midden + 1] - _begin[midden] - 1);
            var vergelijking = kandidaat.SequenceCompareTo(klein);
            if (vergelijking == 0)
            {
                return true;
            }

            if (vergelijking < 0)
            {
                laag = midden + 1;
            }
            else
            {
                hoog = midden - 1;
            }
        }

        return false;
    }

    private static Woordenboek Laad()
    {
        var assembly = typeof(Woordenboek).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Ingebedde woordenlijst '{Resource}' ontbreekt.");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var woorden = reader.ReadToEnd();

        // Eén woord per regel, elke regel eindigt op '\n'; _begin[i + 1] - 1 is het einde van woord i.
        var begin = new List<int>(360_000) { 0 };
        for (var i = 0; i < woorden.Length; i++)
        {
            if (woorden[i] == '\n')
            {
                begin.Add(i + 1);
            }
        }

        return new Woordenboek(woorden, [.. begin]);
    }
}
