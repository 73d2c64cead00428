using System.Globalization;

namespace Dagbesteding.Portal.Domain.Datums;

/// <summary>
/// The dates one field may hold, both ends included, with the Dutch words for a date on either side of it.
/// Made by <see cref="DatumRegels"/> for "today in Amsterdam"; nothing outside it is stored or queried, so no page
/// ever has to show (or compute with) year 1 or 9999.
/// </summary>
/// <param name="Veld">The field as the sentence names it: "de startdatum", "een sluitingsdag".</param>
/// <param name="TeVroeg">Why a date before <paramref name="Van"/> is refused: "ligt in het verleden".</param>
/// <param name="TeLaat">Why a date after <paramref name="Tot"/> is refused: "ligt meer dan 5 jaar vooruit".</param>
public sealed record Datumbereik(string Veld, DateOnly Van, DateOnly Tot, string TeVroeg, string TeLaat)
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public bool Bevat(DateOnly datum) => datum >= Van && datum <= Tot;

    /// <summary>
    /// Null for no date (whether one is required is the caller's rule) or a date inside; otherwise the Dutch refusal,
    /// e.g. "De evaluatiedatum ligt tussen 3 december 2026 en 3 december 2031: 1 januari 2040 ligt meer dan 5 jaar vooruit."
    /// </summary>
    public string? Toets(DateOnly? datum) =>
        datum is not { } dag || Bevat(dag)
            ? null
            : $"{char.ToUpper(Veld[0], Nederlands)}{Veld[1..]} ligt tussen {Weergave(Van)} en {Weergave(Tot)}: {Weergave(dag)} {(dag < Van ? TeVroeg : TeLaat)}.";

    /// <summary>A date as the users read it: "3 december 2026".</summary>
    public static string Weergave(DateOnly datum) => datum.ToString("d MMMM yyyy", Nederlands);
}
