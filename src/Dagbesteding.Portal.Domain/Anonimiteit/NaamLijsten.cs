using System.Collections.Frozen;
using System.Reflection;
using Bogus.Bson;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// De namenlijsten voor de naamherkenning: voornamen en achternamen uit Bogus (locale "nl") plus de eigen
/// aanvullingen in <c>Anonimiteit/Data</c>, de namen die ook een gewoon woord zijn (dubbelzinnig) en de
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

    /// <summary>Alle voor- en achternamen voordat de dubbelzinnigheid wordt bepaald (voor de generator-test).</summary>
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

        var eigenVoornamen = LeesResource("voornamen.txt");
        var eigenAchternamen = LeesResource("achternamen.txt");

        // Bogus levert ook een paar woorden die geen naam zijn (zoals "Stichting" als achternaam) en een
        // verminkte naam ("Ãmer"); wat in de lijst van niet-namen staat, telt alleen als de eigen lijst het noemt.
        var voornamen = new HashSet<string>(eigenVoornamen, StringComparer.OrdinalIgnoreCase);
        foreach (var naam in BogusNamen("female_first_name").Concat(BogusNamen("male_first_name")).Concat(BogusNamen("first_name")))
        {
            if (IsBruikbareBogusNaam(naam, geenNaam))
            {
                voornamen.Add(naam);
            }
        }

        var achternamen = new HashSet<string>(eigenAchternamen, StringComparer.OrdinalIgnoreCase);
        foreach (var naam in BogusNamen("last_name"))
        {
            if (IsBruikbareBogusNaam(naam, geenNaam))
            {
                achternamen.Add(naam);
            }
        }

        var dubbelzinnig = new HashSet<string>(LeesResource("dubbelzinnige-namen.gegenereerd.txt"), StringComparer.OrdinalIgnoreCase);
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

    private static bool IsBruikbareBogusNaam(string naam, HashSet<string> geenNaam) =>
        naam.Length > 1
        && naam.All(c => char.IsLetter(c) || c is '-' or '\'')
        && !naam.Contains('Ã', StringComparison.Ordinal)
        && !geenNaam.Contains(naam);

    private static IEnumerable<string> BogusNamen(string sleutel)
    {
        var lijst = (BArray)Bogus.Database.Get("name", sleutel, "nl");
        for (var i = 0; i < lijst.Count; i++)
        {
            yield return lijst[i].StringValue;
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
