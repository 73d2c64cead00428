using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// The answer of an operation a user asked for: done, or refused with a Dutch reason (and, for free text,
/// the anonymity findings to highlight). User errors are results, not exceptions.
/// </summary>
public sealed record Uitkomst<T>(T? Waarde, string? Fout, IReadOnlyList<Bevinding> Bevindingen, string GecontroleerdeTekst = "")
{
    public bool Gelukt => Fout is null;

    public static Uitkomst<T> Klaar(T waarde) => new(waarde, null, []);

    public static Uitkomst<T> Geweigerd(string fout) => new(default, fout, []);

    /// <summary>Refused by the anonymity check; carries the exact text that was checked, so the marks line up.</summary>
    public static Uitkomst<T> NietAnoniem(string tekst, IReadOnlyList<Bevinding> bevindingen) =>
        new(default, "De tekst bevat gegevens die iemand kunnen herkennen. Pas de gemarkeerde delen aan.", bevindingen, tekst);
}
