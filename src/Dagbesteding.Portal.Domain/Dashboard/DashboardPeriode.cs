using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Dashboard;

public enum PeriodeSoort
{
    Week = 1,
    Maand = 2,
    Kwartaal = 3,
    Aangepast = 4,
}

/// <summary>
/// A period of whole days in Amsterdam, both ends included. Questions count in the period they were posted in.
/// </summary>
public sealed record DashboardPeriode(DateOnly Van, DateOnly Tot)
{
    public const int MaxJaren = 3;

    /// <summary>The last week, month or quarter up to and including today.</summary>
    public static DashboardPeriode Laatste(PeriodeSoort soort, DateOnly vandaag) => soort switch
    {
        PeriodeSoort.Week => new(vandaag.AddDays(-6), vandaag),
        PeriodeSoort.Kwartaal => new(vandaag.AddMonths(-3).AddDays(1), vandaag),
        _ => new(vandaag.AddMonths(-1).AddDays(1), vandaag),
    };

    /// <summary>The first moment of the period (00:00 in Amsterdam), as stored: UTC.</summary>
    public DateTimeOffset Begin => Middernacht(Van);

    /// <summary>The first moment after the period.</summary>
    public DateTimeOffset Einde => Middernacht(Tot.AddDays(1));

    /// <summary>A refused period in Dutch, or null. <paramref name="vandaag"/> is today in Amsterdam (the dates' window).</summary>
    public static string? Toets(DateOnly? van, DateOnly? tot, DateOnly vandaag)
    {
        if (van is null || tot is null)
        {
            return "Kies een begin- en een einddatum.";
        }
        if ((DatumRegels.Begindatum(vandaag).Toets(van) ?? DatumRegels.Einddatum(vandaag).Toets(tot)) is { } buiten)
        {
            return buiten;
        }
        if (tot < van)
        {
            return "De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.";
        }
        return tot.Value.DayNumber - van.Value.DayNumber > 366 * MaxJaren
            ? $"Kies een periode van hoogstens {MaxJaren} jaar."
            : null;
    }

    /// <summary>The Mondays of the weeks the period touches (for the week trend).</summary>
    public IReadOnlyList<DateOnly> Weken()
    {
        var maandag = Van.AddDays(-(((int)Van.DayOfWeek + 6) % 7));
        var weken = new List<DateOnly>();
        for (var dag = maandag; dag <= Tot; dag = dag.AddDays(7))
        {
            weken.Add(dag);
        }
        return weken;
    }

    private static DateTimeOffset Middernacht(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokaal, WerkdagKalender.Tijdzone.GetUtcOffset(lokaal)).ToUniversalTime();
    }
}
