using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// The answer of an operation a user asked for: done, or refused with a Dutch reason (and, for free text,
/// the anonymity findings to highlight). User errors are results, not exceptions.
/// </summary>
public sealed record Uitkomst<T>(T? Waarde, string? Fout, IReadOnlyList<Bevinding> Bevindingen, string GecontroleerdeTekst = "")
{
    public bool Gelukt => Fout is null;

    /// <summary>For a form: the problems per field (empty for a refusal that concerns no single field).</summary>
    public IReadOnlyList<Invoerfout> Invoerfouten { get; init; } = [];

    /// <summary>The message for one field of the form, if it has a problem.</summary>
    public string? FoutBij(string veld) => Invoerfouten.FirstOrDefault(f => f.Veld == veld)?.Melding;

    public static Uitkomst<T> Klaar(T waarde) => new(waarde, null, []);

    public static Uitkomst<T> Geweigerd(string fout) => new(default, fout, []);

    /// <summary>Refused because of the input: nothing was stored, each problem is shown at its field.</summary>
    public static Uitkomst<T> Ongeldig(IReadOnlyList<Invoerfout> fouten) =>
        new(default, "Controleer de gemarkeerde velden; er is niets opgeslagen.", []) { Invoerfouten = fouten };

    /// <summary>Refused by the anonymity check; carries the exact text that was checked, so the marks line up.</summary>
    public static Uitkomst<T> NietAnoniem(string tekst, IReadOnlyList<Bevinding> bevindingen) =>
        new(default, "De tekst bevat gegevens die iemand kunnen herkennen. Pas de gemarkeerde delen aan.", bevindingen, tekst);
}
