namespace Dagbesteding.Portal.Domain.Werkdagen;

/// <summary>
/// A generally recognised holiday ("algemeen erkende feestdag") in the sense of article 3 of the
/// Algemene termijnenwet, with its Dutch name.
/// </summary>
/// <param name="Datum">The calendar date of the holiday.</param>
/// <param name="Naam">The Dutch name, e.g. "Tweede Paasdag".</param>
public sealed record Feestdag(DateOnly Datum, string Naam);
