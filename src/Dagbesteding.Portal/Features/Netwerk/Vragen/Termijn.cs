using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>
/// How the reply deadline reads on a card: a countdown in working time, because the termijn is two working days.
/// A question posted on Friday afternoon reads "nog 2 werkdagen", not "nog 4 dagen"; over a weekend the countdown
/// stands still. A working day counts as the whole day (00:00–24:00), as <see cref="WerkdagKalender.Werktijd"/> does.
/// </summary>
public static class Termijn
{
    private static readonly TimeSpan Werkdag = TimeSpan.FromDays(1);

    public static string Weergave(DateTimeOffset deadline, DateTimeOffset nu, WerkdagKalender kalender)
    {
        if (deadline <= nu)
        {
            return "termijn verstreken";
        }
        var rest = kalender.Werktijd(nu, deadline);
        if (rest <= TimeSpan.Zero)
        {
            // Only non-working time is left (posted on a holiday, due at its end): the termijn has not passed yet.
            return "nog 1 min";
        }
        var werkdagen = (int)(rest.Ticks / Werkdag.Ticks);
        var uren = rest.Hours;
        if (werkdagen > 0)
        {
            var dagen = $"nog {werkdagen} {(werkdagen == 1 ? "werkdag" : "werkdagen")}";
            return uren == 0 ? dagen : $"{dagen} en {uren} uur";
        }
        if (uren > 0)
        {
            return rest.Minutes == 0 ? $"nog {uren} uur" : $"nog {uren} uur en {rest.Minutes} min";
        }
        return $"nog {Math.Max(1, rest.Minutes)} min";
    }

    /// <summary>
    /// From the escalation moment on (the netwerkmanagers are warned then) the countdown turns to the warning colour,
    /// so the card and the melding say the same thing at the same time.
    /// </summary>
    public static bool Dringend(DateTimeOffset waarschuwingOp, DateTimeOffset nu) => nu >= waarschuwingOp;
}
