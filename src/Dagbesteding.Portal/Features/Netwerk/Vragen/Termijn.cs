namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>How the reply deadline reads on a card: a countdown in Dutch.</summary>
public static class Termijn
{
    public static string Weergave(DateTimeOffset deadline, DateTimeOffset nu)
    {
        var rest = deadline - nu;
        if (rest <= TimeSpan.Zero)
        {
            return "termijn verstreken";
        }
        if (rest.TotalDays >= 1)
        {
            var dagen = (int)rest.TotalDays;
            return $"nog {dagen} {(dagen == 1 ? "dag" : "dagen")} {rest.Hours} uur";
        }
        if (rest.TotalHours >= 1)
        {
            return $"nog {(int)rest.TotalHours} uur {rest.Minutes} min";
        }
        return $"nog {Math.Max(1, rest.Minutes)} min";
    }

    /// <summary>Less than one working day's worth of hours left: the card turns to warning.</summary>
    public static bool Dringend(DateTimeOffset deadline, DateTimeOffset nu) => deadline - nu < TimeSpan.FromHours(24);
}
