using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// De namenlijsten voor de naamherkenning: voornamen en achternamen per herkomst (<c>Anonimiteit/Data/Namen</c>)
/// plus de eigen aanvullingen in <c>Anonimiteit/Data</c>, de namen die ook een gewoon woord zijn (dubbelzinnig) en de
/// woorden en woordgroepen die nooit een persoonsnaam zijn. Alle vergelijkingen negeren hoofdletters;
/// of een woord met een hoofdletter begint, beoordeelt de <see cref="NaamHerkenner"/>.
/// </summary>
internal sealed class NaamLijsten
{
    private static readonly Lazy<NaamLijsten> LazyStandaard = new(Laad);

    public static NaamLijsten Standaard => LazyStandaard.Value;

    public required FrozenSet<string> Voornamen { get; init; }

    public required FrozenSet<string> Achternamen { get; init; }

    /// <summary>Namen die ook een gewoon Nederlands woord zijn ("Bakker", "Roos", "Storm").</summary>
    public required FrozenSet<string> Dubbelzinnig { get; init; }

    /// <summary>Losse woorden die nooit een persoonsnaam zijn ("Cordaan", "Nieuw-West", "Turks").</summary>
    public required FrozenSet<string> GeenNaam { get; init; }

    /// <summary>Woordgroepen die nooit een persoonsnaam zijn, per eerste woord ("albert" → ["albert", "heijn"]).</summary>
    public required FrozenDictionary<string, string[][]> GeenNaamWoordgroepen { get; init; }

    /// <summary>Alle voor- en achternamen.</summary>
    public required FrozenSet<string> AlleNamen { get; init; }

    public static NaamLijsten Laad()
    {
        var geenNaamRegels = LeesResource("geen-persoonsnamen.txt");
        var geenNaam = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var woordgroepen = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var regel in geenNaamRegels)
        {
            var woorden = regel.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (woorden.Length == 1)
            {
                geenNaam.Add(woorden[0]);
            }
            else
            {
                if (!woordgroepen.TryGetValue(woorden[0], out var lijst))
                {
                    lijst = [];
                    woordgroepen[woorden[0]] = lijst;
                }

                lijst.Add(woorden);
            }
        }

        // Voornamen en achternamen: de eigen lijsten plus de lijsten per herkomst in Data/Namen (bron en licentie
        // in Data/BRONNEN.md). Een naam die ook in de lijst van niet-namen staat, telt alleen als de eigen lijst hem noemt.
        var voornamen = new HashSet<string>(LeesResource("voornamen.txt"), StringComparer.OrdinalIgnoreCase);
        var achternamen = new HashSet<string>(LeesResource("achternamen.txt"), StringComparer.OrdinalIgnoreCase);
        foreach (var (bestand, soort) in NaamResources())
        {
            var doel = soort == "voornamen" ? voornamen : achternamen;
            foreach (var naam in LeesResource(bestand))
            {
                if (IsBruikbareNaam(naam, geenNaam))
                {
                    doel.Add(naam);
                }
            }
        }

        // Namen worden ook zonder hun tekens getypt: "Dogan" voor "Doğan", "Ozturk" voor "Öztürk".
        VoegVormenZonderAccentenToe(voornamen);
        VoegVormenZonderAccentenToe(achternamen);

        // Dubbelzinnig: een naam die in kleine letters ook een Nederlands woord is ("Bakker", "Roos"), volgens de
        // ingebedde woordenlijst; met de hand aangevuld en gecorrigeerd.
        var woordenboek = Woordenboek.Standaard;
        var dubbelzinnig = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var naam in voornamen.Concat(achternamen))
        {
            if (woordenboek.Bevat(naam))
            {
                dubbelzinnig.Add(naam);
            }
        }

        dubbelzinnig.UnionWith(LeesResource("dubbelzinnige-namen.extra.txt"));
        dubbelzinnig.ExceptWith(LeesResource("dubbelzinnige-namen.uitzonderingen.txt"));

        return new NaamLijsten
        {
            Voornamen = voornamen.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Achternamen = achternamen.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Dubbelzinnig = dubbelzinnig.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            GeenNaam = geenNaam.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            GeenNaamWoordgroepen = woordgroepen.ToFrozenDictionary(
                kv => kv.Key,
                kv => kv.Value.OrderByDescending(w => w.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase),
            AlleNamen = voornamen.Concat(achternamen).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    private static bool IsBruikbareNaam(string naam, HashSet<string> geenNaam) =>
        naam.Length > 2
        && naam.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')
        && !geenNaam.Contains(naam);

    private static void VoegVormenZonderAccentenToe(HashSet<string> namen)
    {
        foreach (var naam in namen.ToList())
        {
            // Korte vormen niet: "Hội" zonder accenten is "Hoi", "Văn" is "Van".
            var zonder = ZonderAccenten(naam);
            if (zonder.Length >= 4 && !string.Equals(zonder, naam, StringComparison.Ordinal))
            {
                namen.Add(zonder);
            }
        }
    }

    /// <summary>"Doğan" → "Dogan", "Öztürk" → "Ozturk", "Łukasz" → "Lukasz", "Kılıç" → "Kilic".</summary>
    internal static string ZonderAccenten(string naam)
    {
        var ontleed = naam.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(ontleed.Length);
        foreach (var c in ontleed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>De ingebedde namenlijsten per herkomst: "Anonimiteit.Namen.tr.voornamen.txt" → (naam, "voornamen").</summary>
    private static IEnumerable<(string Bestand, string Soort)> NaamResources()
    {
        const string voorvoegsel = "Anonimiteit.";
        foreach (var resource in typeof(NaamLijsten).GetTypeInfo().Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(voorvoegsel + "Namen.", StringComparison.Ordinal))
            {
                continue;
            }

            var bestand = resource[voorvoegsel.Length..];
            if (bestand.EndsWith(".voornamen.txt", StringComparison.Ordinal))
            {
                yield return (bestand, "voornamen");
            }
            else if (bestand.EndsWith(".achternamen.txt", StringComparison.Ordinal))
            {
                yield return (bestand, "achternamen");
            }
        }
    }

    /// <summary>Leest een ingebedde lijst: één item per regel, '#' begint commentaar, lege regels tellen niet.</summary>
    internal static IReadOnlyList<string> LeesResource(string bestandsnaam)
    {
        var assembly = typeof(NaamLijsten).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("Anonimiteit." + bestandsnaam)
            ?? throw new InvalidOperationException($"Ingebedde lijst '{bestandsnaam}' ontbreekt.");
        using var reader = new StreamReader(stream);
        var regels = new List<string>();
        while (reader.ReadLine() is { } regel)
        {
            var inhoud = regel;
            var hekje = inhoud.IndexOf('#', StringComparison.Ordinal);
            if (hekje >= 0)
            {
                inhoud = inhoud[..hekje];
            }

            inhoud = inhoud.Trim();
            if (inhoud.Length > 0)
            {
                regels.Add(inhoud);
            }
        }

        return regels;
    }
}
