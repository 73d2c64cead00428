using System.Globalization;

namespace Dagbesteding.Portal.UnitTests.Domain.Werkdagen;

/// <summary>Parsing and exact comparison helpers for dates and times in the calendar tests.</summary>
internal static class Tijd
{
    private const string Formaat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>Parses an ISO 8601 moment with explicit offset, e.g. "2026-06-12T15:00:00+02:00".</summary>
    public static DateTimeOffset Moment(string iso) =>
        DateTimeOffset.ParseExact(iso, Formaat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>Parses an ISO 8601 date, e.g. "2026-06-12".</summary>
    public static DateOnly Dag(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The moment as "wall-clock time + offset" (DateTimeOffset equality alone ignores the offset).</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString(Formaat, CultureInfo.InvariantCulture);

    /// <summary>Asserts wall-clock time and offset exactly, e.g. "2026-06-16T15:00:00+02:00".</summary>
    public static void AssertExact(string verwacht, DateTimeOffset werkelijk) => Assert.Equal(verwacht, Iso(werkelijk));
}
