namespace Dagbesteding.Portal.Domain.Datums;

/// <summary>
/// The one rule for every date a person sends to the server (issue 15, "every date has a sane range"): per kind of
/// date its window around today in Amsterdam. A service checks a date here before it stores it or queries with it,
/// and returns <see cref="Datumbereik.Toets"/>'s Dutch text as its refusal. The windows are wide enough for every real
/// case and narrow enough to catch a typing error (2062 for 2026) and anything a page could not show.
/// </summary>
public static class DatumRegels
{
    /// <summary>A plan that started longer ago than this is past any Wmo-beschikking; it is not re-dated in the portal.</summary>
    public const int PlanJarenTerug = 5;

    /// <summary>A plan is made for a start within months (step 5 comes right before delivery); a year covers a waiting list.</summary>
    public const int PlanJarenVooruit = 1;

    /// <summary>Evaluations are yearly by default; five years is the longest beschikking, so the longest sane span.</summary>
    public const int EvaluatieJarenVooruit = 5;

    /// <summary>Closure days are set for the coming years (Goede Vrijdag of the next few years), not for decades.</summary>
    public const int SluitingsdagJarenVooruit = 5;

    /// <summary>A casuïstiekoverleg is planned for the coming months; more than a year ahead is a typing error.</summary>
    public const int OverlegJarenVooruit = 1;

    /// <summary>
    /// The first day a period filter (dashboard, audit log) may start: the portal holds nothing older (the network
    /// started in 2022), and it keeps year 1 out of the date arithmetic of a period.
    /// </summary>
    public static readonly DateOnly EerstePeriodedag = new(2000, 1, 1);

    private const string InHetVerleden = "ligt in het verleden";

    /// <summary>The start of an ondersteuningsplan.</summary>
    public static Datumbereik Startdatum(DateOnly vandaag) =>
        new("de startdatum", vandaag.AddYears(-PlanJarenTerug), vandaag.AddYears(PlanJarenVooruit),
            $"ligt meer dan {PlanJarenTerug} jaar terug", $"ligt meer dan {PlanJarenVooruit} jaar vooruit");

    /// <summary>
    /// The evaluatiedatum of a plan (also the new one when a plan is verlengd): from today, after the plan's start,
    /// and at most <see cref="EvaluatieJarenVooruit"/> years after today or after a start that lies ahead.
    /// </summary>
    public static Datumbereik Evaluatiedatum(DateOnly? startdatum, DateOnly vandaag)
    {
        // A stored start is itself within its window; clamping keeps even a bad one from overflowing the arithmetic.
        var start = startdatum is { } s ? Binnen(s, Startdatum(vandaag)) : (DateOnly?)null;
        var naStart = start?.AddDays(1);
        var vanafStart = naStart > vandaag;
        var basis = start > vandaag ? start.Value : vandaag;
        return new("de evaluatiedatum", vanafStart ? naStart!.Value : vandaag, basis.AddYears(EvaluatieJarenVooruit),
            vanafStart ? "ligt niet na de startdatum" : InHetVerleden,
            start > vandaag ? $"ligt meer dan {EvaluatieJarenVooruit} jaar na de startdatum" : $"ligt meer dan {EvaluatieJarenVooruit} jaar vooruit");
    }

    /// <summary>A closure day: from today (a past day moves no deadline) up to <see cref="SluitingsdagJarenVooruit"/> years ahead.</summary>
    public static Datumbereik Sluitingsdag(DateOnly vandaag) =>
        new("een sluitingsdag", vandaag, vandaag.AddYears(SluitingsdagJarenVooruit),
            InHetVerleden, $"ligt meer dan {SluitingsdagJarenVooruit} jaar vooruit");

    /// <summary>The day of a casuïstiekoverleg (the moment itself must also be in the future: Overlegregels).</summary>
    public static Datumbereik Overleg(DateOnly vandaag) =>
        new("de datum van het overleg", vandaag, vandaag.AddYears(OverlegJarenVooruit),
            InHetVerleden, $"ligt meer dan {OverlegJarenVooruit} jaar vooruit");

    /// <summary>The first day of a period filter or export: from 2000 up to the end of next year.</summary>
    public static Datumbereik Begindatum(DateOnly vandaag) => Periode("de begindatum", vandaag);

    /// <summary>The last day of a period filter or export: a period may end ahead (evaluations are planned), not decades ahead.</summary>
    public static Datumbereik Einddatum(DateOnly vandaag) => Periode("de einddatum", vandaag);

    /// <summary>The date moved to the nearest end of the window (for defaults and date pickers, never instead of a refusal).</summary>
    public static DateOnly Binnen(DateOnly datum, Datumbereik bereik) =>
        datum < bereik.Van ? bereik.Van : datum > bereik.Tot ? bereik.Tot : datum;

    private static Datumbereik Periode(string veld, DateOnly vandaag) =>
        new(veld, EerstePeriodedag, new DateOnly(vandaag.Year + 1, 12, 31),
            $"ligt vóór {EerstePeriodedag.Year}; het portaal bewaart niets van daarvoor", "ligt te ver vooruit");
}
