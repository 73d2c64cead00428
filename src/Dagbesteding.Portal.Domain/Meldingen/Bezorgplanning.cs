using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>Working hours for meldingen outside the portal, in Amsterdam time; the overview goes out at the start.</summary>
public sealed record Werktijden(TimeOnly Van, TimeOnly Tot)
{
    public static Werktijden Standaard { get; } = new(new TimeOnly(8, 0), new TimeOnly(18, 0));
}

/// <summary>One planned delivery: which way, and not before when.</summary>
public readonly record struct GeplandeBezorging(BezorgWeg Weg, DateTimeOffset NietVoor);

/// <summary>
/// Decides, for one melding and one person, what goes out and when. Pure: the preferences, the calendar (holidays and
/// closure days) and the moment are given. Quiet hours move push and direct e-mail to the next working morning, except
/// spoed for those who chose it; the overview always waits for the next working morning.
/// </summary>
public static class Bezorgplanning
{
    public static IReadOnlyList<GeplandeBezorging> Plan(
        Voorkeur voorkeur,
        MeldingInstellingen instellingen,
        bool spoed,
        bool pushMogelijk,
        bool emailMogelijk,
        DateTimeOffset op,
        WerkdagKalender kalender,
        Werktijden werktijden)
    {
        var stil = instellingen.StilBuitenWerktijd && !(spoed && instellingen.SpoedDoorbreektStilte);
        var direct = stil ? VolgendeWerkmoment(op, kalender, werktijden) : op;
        var plan = new List<GeplandeBezorging>(2);
        if (voorkeur.Push && pushMogelijk)
        {
            plan.Add(new GeplandeBezorging(BezorgWeg.Push, direct));
        }
        if (emailMogelijk && instellingen.EmailGeweigerdOp is null)
        {
            switch (voorkeur.Email)
            {
                case EmailKeuze.Direct:
                    plan.Add(new GeplandeBezorging(BezorgWeg.Email, direct));
                    break;
                case EmailKeuze.Overzicht:
                    plan.Add(new GeplandeBezorging(BezorgWeg.Overzicht, VolgendOverzicht(op, kalender, werktijden)));
                    break;
            }
        }
        return plan;
    }

    /// <summary>The moment itself when it falls in working hours on a working day, else the start of the next working morning.</summary>
    public static DateTimeOffset VolgendeWerkmoment(DateTimeOffset op, WerkdagKalender kalender, Werktijden werktijden)
    {
        var lokaal = TimeZoneInfo.ConvertTime(op, WerkdagKalender.Tijdzone);
        var dag = DateOnly.FromDateTime(lokaal.DateTime);
        var tijd = TimeOnly.FromDateTime(lokaal.DateTime);
        if (kalender.IsWerkdag(dag))
        {
            if (tijd < werktijden.Van)
            {
                return Begin(dag, werktijden);
            }
            if (tijd < werktijden.Tot)
            {
                return op.ToUniversalTime();
            }
        }
        return Begin(kalender.VolgendeWerkdag(dag), werktijden);
    }

    /// <summary>The first start of a working morning after the moment: the overview of that morning carries it.</summary>
    public static DateTimeOffset VolgendOverzicht(DateTimeOffset op, WerkdagKalender kalender, Werktijden werktijden)
    {
        var lokaal = TimeZoneInfo.ConvertTime(op, WerkdagKalender.Tijdzone);
        var dag = DateOnly.FromDateTime(lokaal.DateTime);
        var vandaag = Begin(dag, werktijden);
        return kalender.IsWerkdag(dag) && op < vandaag ? vandaag : Begin(kalender.VolgendeWerkdag(dag), werktijden);
    }

    private static DateTimeOffset Begin(DateOnly dag, Werktijden werktijden) =>
        WerkdagKalender.NaarAmsterdam(dag, werktijden.Van).ToUniversalTime();
}
