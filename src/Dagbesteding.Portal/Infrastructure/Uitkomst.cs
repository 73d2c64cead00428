using Dagbesteding.Portal.Domain.Anonimiteit;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// The answer of an operation a user asked for: done, or refused with a Dutch reason (and, for free text,
/// the anonymity findings to highlight). User errors are results, not exceptions.
/// </summary>
public sealed record Uitkomst<T>(T? Waarde, string? Fout, IReadOnlyList<Bevinding> Bevindingen)
{
    public bool Gelukt => Fout is null;

    public static Uitkomst<T> Klaar(T waarde) => new(waarde, null, []);

    public static Uitkomst<T> Geweigerd(string fout) => new(default, fout, []);

    public static Uitkomst<T> NietAnoniem(IReadOnlyList<Bevinding> bevindingen) =>
        new(default, "De tekst bevat gegevens die iemand kunnen herkennen. Pas de gemarkeerde delen aan.", bevindingen);
}
