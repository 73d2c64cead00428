using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Werkdagen;

/// <summary>
/// The Dutch working-day calendar following the Algemene termijnenwet, evaluated in Europe/Amsterdam time.
/// </summary>
/// <remarks>
/// <para>
/// Not a working day: Saturdays, Sundays, the generally recognised holidays of article 3 of the
/// Algemene termijnenwet (Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Koningsdag,
/// 5 mei Bevrijdingsdag — every year, Eerste en Tweede Kerstdag) and any extra closure days
/// ("sluitingsdagen", e.g. Goede Vrijdag) given to the constructor. Eerste Paasdag and Eerste Pinksterdag are
/// not listed because they always fall on a Sunday; Goede Vrijdag is not a statutory holiday.
/// </para>
/// <para>
/// The current rules are applied to every year; historical rules (e.g. Koninginnedag on 30 April before 2014)
/// are not modelled.
/// </para>
/// <para>
/// Local wall-clock times are mapped to instants as follows (see <see cref="Deadline"/>): a time that does not
/// exist because of the spring-forward gap moves forward to the first valid instant after the gap (in
/// Amsterdam: 02:30 on the last Sunday of March becomes 03:00+02:00); an ambiguous time in the autumn overlap
/// takes the first occurrence, i.e. the summer offset (+02:00). Because clocks change on Sundays, which are
/// never working days, this only matters in theory for this calendar.
/// </para>
/// <para>The type is immutable, has no clock dependency and is safe to share between threads.</para>
/// </remarks>
public sealed class WerkdagKalender
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<Feestdag>> _feestdagenPerJaar = new();

    private readonly FrozenSet<DateOnly> _sluitingsdagen;

    /// <summary>Creates a calendar with the statutory holidays only.</summary>
    public WerkdagKalender()
        : this([])
    {
    }

    /// <summary>
    /// Creates a calendar with the statutory holidays plus extra closure days (e.g. Goede Vrijdag, set by an
    /// administrator). Closure days that fall on a weekend or holiday change nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sluitingsdagen"/> is null.</exception>
    public WerkdagKalender(IEnumerable<DateOnly> sluitingsdagen)
    {
        ArgumentNullException.ThrowIfNull(sluitingsdagen);
        _sluitingsdagen = sluitingsdagen.ToFrozenSet();
    }

    /// <summary>The Europe/Amsterdam time zone in which all days are evaluated.</summary>
    public static TimeZoneInfo Tijdzone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The date in Amsterdam at a moment (never the server's own zone).</summary>
    public static DateOnly DagInAmsterdam(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Tijdzone).DateTime);

    /// <summary>
    /// The local time used as "end of the day" for deadlines of questions posted on a non-working day:
    /// 23:59:59 (whole seconds, so it reads as "uiterlijk 23:59:59" without fractional ticks).
    /// </summary>
    public static TimeOnly EindeVanDag { get; } = new(23, 59, 59);

    /// <summary>
    /// The deadline for a question posted at <paramref name="geplaatstOp"/> that must be handled within
    /// <paramref name="werkdagen"/> working days, in Europe/Amsterdam time (offset +01:00 or +02:00 of that date).
    /// </summary>
    /// <remarks>
    /// <paramref name="geplaatstOp"/> may have any offset; it is converted to Amsterdam time first.
    /// Posted on a working day at local time t: due at local time t on the Nth working day after that day
    /// (Friday 15:00, 2 working days: Tuesday 15:00). Posted on a non-working day: due at the end of the Nth
    /// working day that follows, i.e. at <see cref="EindeVanDag"/> (23:59:59 local).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="werkdagen"/> is less than 1.</exception>
    public DateTimeOffset Deadline(DateTimeOffset geplaatstOp, int werkdagen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(werkdagen, 1);

        var lokaal = TimeZoneInfo.ConvertTime(geplaatstOp, Tijdzone);
        var dag = DateOnly.FromDateTime(lokaal.DateTime);
        var tijd = IsWerkdag(dag) ? TimeOnly.FromTimeSpan(lokaal.TimeOfDay) : EindeVanDag;
        return NaarAmsterdam(NdeWerkdagNa(dag, werkdagen), tijd);
    }

    /// <summary>
    /// The moment at which exactly one working day is left before <see cref="Deadline"/>, in Amsterdam time.
    /// </summary>
    /// <remarks>
    /// Defined as <c>Deadline(geplaatstOp, werkdagen - 1)</c>: the same rule one working day shorter, so the
    /// warning and the deadline are always exactly one working day apart (same wall-clock time, or both at
    /// <see cref="EindeVanDag"/>). For <paramref name="werkdagen"/> = 1 only one working day is available from
    /// the start, so the warning is the posting moment itself (converted to Amsterdam time).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="werkdagen"/> is less than 1.</exception>
    public DateTimeOffset Waarschuwing(DateTimeOffset geplaatstOp, int werkdagen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(werkdagen, 1);

        return werkdagen == 1
            ? TimeZoneInfo.ConvertTime(geplaatstOp, Tijdzone)
            : Deadline(geplaatstOp, werkdagen - 1);
    }

    /// <summary>
    /// The elapsed time between <paramref name="van"/> and <paramref name="tot"/>, counting only the parts that
    /// fall on working days (whole local calendar days in Amsterdam time, 00:00 up to the next 00:00).
    /// Used for e.g. "first reply time in working time".
    /// </summary>
    /// <remarks>
    /// Real elapsed time is measured between instants, so any DST change inside the interval is accounted for.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tot"/> is before <paramref name="van"/>.</exception>
    public TimeSpan Werktijd(DateTimeOffset van, DateTimeOffset tot)
    {
        if (tot < van)
        {
            throw new ArgumentOutOfRangeException(nameof(tot), tot, "The end must not be before the start.");
        }

        var eersteDag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(van, Tijdzone).DateTime);
        var laatsteDag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tot, Tijdzone).DateTime);

        var totaal = TimeSpan.Zero;
        for (var dag = eersteDag; dag <= laatsteDag; dag = dag.AddDays(1))
        {
            if (!IsWerkdag(dag))
            {
                continue;
            }

            var begin = Max(NaarAmsterdam(dag, TimeOnly.MinValue), van);
            var einde = Min(NaarAmsterdam(dag.AddDays(1), TimeOnly.MinValue), tot);
            if (einde > begin)
            {
                totaal += einde - begin;
            }
        }

        return totaal;
    }

    /// <summary>
    /// The moment at which <paramref name="werktijd"/> of working time has passed after <paramref name="van"/>, counted
    /// as <see cref="Werktijd"/> counts it (whole working days, 00:00 up to the next 00:00 in Amsterdam). The inverse of
    /// <see cref="Werktijd"/>: <c>Werktijd(van, NaWerktijd(van, t)) == t</c>. Used for "half a working day after posting".
    /// </summary>
    /// <remarks>
    /// Starting on a non-working day, the count begins at the start of the next working day. Zero working time is
    /// <paramref name="van"/> itself. The result is in Amsterdam time.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="werktijd"/> is negative.</exception>
    public DateTimeOffset NaWerktijd(DateTimeOffset van, TimeSpan werktijd)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(werktijd, TimeSpan.Zero);

        var moment = TimeZoneInfo.ConvertTime(van, Tijdzone);
        var rest = werktijd;
        var dag = DateOnly.FromDateTime(moment.DateTime);
        while (true)
        {
            var eindeVanDag = NaarAmsterdam(dag.AddDays(1), TimeOnly.MinValue);
            if (IsWerkdag(dag))
            {
                var overVandaag = eindeVanDag - moment;
                if (rest <= overVandaag)
                {
                    return (moment + rest).ToOffset(Tijdzone.GetUtcOffset(moment + rest));
                }
                rest -= overVandaag;
            }
            dag = dag.AddDays(1);
            moment = eindeVanDag;
        }
    }

    /// <summary>True when <paramref name="dag"/> is not a Saturday, Sunday, statutory holiday or closure day.</summary>
    public bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsFeestdag(dag)
        && !_sluitingsdagen.Contains(dag);

    /// <summary>True when <paramref name="dag"/> is a statutory holiday (closure days are not holidays).</summary>
    public bool IsFeestdag(DateOnly dag)
    {
        foreach (var feestdag in Feestdagen(dag.Year))
        {
            if (feestdag.Datum == dag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="dag"/> is one of the extra closure days given to the constructor.</summary>
    public bool IsSluitingsdag(DateOnly dag) => _sluitingsdagen.Contains(dag);

    /// <summary>The first working day strictly after <paramref name="dag"/>.</summary>
    public DateOnly VolgendeWerkdag(DateOnly dag) => NdeWerkdagNa(dag, 1);

    /// <summary>
    /// The statutory holidays of <paramref name="jaar"/> in date order, with their Dutch names
    /// (closure days are not included).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jaar"/> is outside 1..9999.</exception>
    public IReadOnlyList<Feestdag> Feestdagen(int jaar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, DateOnly.MaxValue.Year);

        return _feestdagenPerJaar.GetOrAdd(jaar, BerekenFeestdagen);
    }

    /// <summary>
    /// Easter Sunday (Eerste Paasdag) of <paramref name="jaar"/> in the Gregorian calendar, computed with the
    /// anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jaar"/> is outside 1..9999.</exception>
    public static DateOnly Pasen(int jaar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, DateOnly.MaxValue.Year);

        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }

    /// <summary>
    /// Maps an Amsterdam wall-clock time to an instant. A time in the spring-forward gap moves forward to the
    /// first valid instant after the gap; an ambiguous autumn time takes the first occurrence (summer offset).
    /// </summary>
    public static DateTimeOffset NaarAmsterdam(DateOnly datum, TimeOnly tijd)
    {
        var lokaal = datum.ToDateTime(tijd, DateTimeKind.Unspecified);

        if (Tijdzone.IsInvalidTime(lokaal))
        {
            return EersteGeldigeMomentNaSprong(lokaal);
        }

        if (Tijdzone.IsAmbiguousTime(lokaal))
        {
            // The earliest instant belongs to the largest offset (the summer time before the clocks go back).
            return new DateTimeOffset(lokaal, Tijdzone.GetAmbiguousTimeOffsets(lokaal).Max());
        }

        return new DateTimeOffset(lokaal, Tijdzone.GetUtcOffset(lokaal));
    }

    private static DateTimeOffset EersteGeldigeMomentNaSprong(DateTime lokaal)
    {
        // The clock jumps forward at a transition instant T from offset 'voor' to the larger offset 'na'; the gap
        // is [T + voor, T + na) in local time and T itself is the first valid instant. Transitions are months
        // apart, so the offsets a day before and after are those around this gap. Binary search T in UTC ticks:
        // lokaal - na lies before T, lokaal - voor does not.
        var voor = Tijdzone.GetUtcOffset(lokaal.AddDays(-1));
        var na = Tijdzone.GetUtcOffset(lokaal.AddDays(1));
        var ervoor = (lokaal - na).Ticks;
        var erna = (lokaal - voor).Ticks;
        while (erna - ervoor > 1)
        {
            var midden = ervoor + ((erna - ervoor) / 2);
            if (Tijdzone.GetUtcOffset(new DateTimeOffset(midden, TimeSpan.Zero)) == na)
            {
                erna = midden;
            }
            else
            {
                ervoor = midden;
            }
        }

        return new DateTimeOffset(erna, TimeSpan.Zero).ToOffset(na);
    }

    private DateOnly NdeWerkdagNa(DateOnly dag, int aantal)
    {
        var resultaat = dag;
        for (var geteld = 0; geteld < aantal;)
        {
            resultaat = resultaat.AddDays(1);
            if (IsWerkdag(resultaat))
            {
                geteld++;
            }
        }

        return resultaat;
    }

    private static IReadOnlyList<Feestdag> BerekenFeestdagen(int jaar)
    {
        var pasen = Pasen(jaar);
        var koningsdag = new DateOnly(jaar, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        Feestdag[] feestdagen =
        [
            new(new DateOnly(jaar, 1, 1), "Nieuwjaarsdag"),
            new(pasen.AddDays(1), "Tweede Paasdag"),
            new(koningsdag, "Koningsdag"),
            new(new DateOnly(jaar, 5, 5), "Bevrijdingsdag"),
            new(pasen.AddDays(39), "Hemelvaartsdag"),
            new(pasen.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(jaar, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(jaar, 12, 26), "Tweede Kerstdag"),
        ];
        return Array.AsReadOnly([.. feestdagen.OrderBy(f => f.Datum)]);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
