using System.Text.RegularExpressions;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>One cell of docs/autorisatie.md: may this person do this action (ja, nee, eigen, aantallen)?</summary>
public sealed record MatrixCel(string Handeling, string Persoon, string Verwacht)
{
    public override string ToString() => $"{Handeling} × {Persoon} = {Verwacht}";
}

/// <summary>
/// Reads the authorization matrix from docs/autorisatie.md, the one source of truth: the tests run every cell the
/// document shows, so the document and the behaviour cannot drift apart silently.
/// </summary>
public static partial class AutorisatieMatrix
{
    public const string Matrix = "matrix";
    public const string Inactief = "matrix-inactief";

    public static readonly IReadOnlyList<string> Waarden = ["ja", "nee", "eigen", "aantallen"];

    /// <summary>The path of the document in the repository (linked into the test output by the project file).</summary>
    public static string Pad => Path.Combine(AppContext.BaseDirectory, "autorisatie.md");

    public static IReadOnlyList<MatrixCel> Lees(string blok)
    {
        var tekst = File.ReadAllText(Pad);
        var begin = tekst.IndexOf($"<!-- {blok}:begin -->", StringComparison.Ordinal);
        var einde = tekst.IndexOf($"<!-- {blok}:end -->", StringComparison.Ordinal);
        if (begin < 0 || einde < begin)
        {
            throw new InvalidOperationException($"docs/autorisatie.md has no block '{blok}'.");
        }
        var regels = tekst[begin..einde].Split('\n').Select(r => r.Trim()).Where(r => r.StartsWith('|')).ToList();
        var personen = Cellen(regels[0]).Skip(1).Select(Sleutel).ToList();
        var cellen = new List<MatrixCel>();
        foreach (var regel in regels.Skip(2))
        {
            var waarden = Cellen(regel);
            if (waarden.Count != personen.Count + 1)
            {
                throw new InvalidOperationException($"docs/autorisatie.md: row '{regel}' has {waarden.Count - 1} cells for {personen.Count} persons.");
            }
            var handeling = Sleutel(waarden[0]);
            cellen.AddRange(personen.Select((persoon, i) => new MatrixCel(handeling, persoon, waarden[i + 1])));
        }
        return cellen;
    }

    /// <summary>The cells as theory rows (handeling, persoon, verwacht): plain strings, so each cell is its own test case.</summary>
    public static TheoryData<string, string, string> Rijen(string blok, Func<MatrixCel, bool> waar)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cel in Lees(blok).Where(waar))
        {
            data.Add(cel.Handeling, cel.Persoon, cel.Verwacht);
        }
        return data;
    }

    private static List<string> Cellen(string regel) => regel.Trim('|').Split('|').Select(c => c.Trim()).ToList();

    private static string Sleutel(string cel) =>
        SleutelPatroon().Match(cel) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"docs/autorisatie.md: '{cel}' names no `key`.");

    [GeneratedRegex("`([a-z-]+)`")]
    private static partial Regex SleutelPatroon();
}
