namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>The kinds of melding a person can choose a delivery for (push, e-mail, daily overview, off).</summary>
public enum MeldingSoort
{
    NieuweAdviesvraag = 1,
    ReactieOpMijnVraag = 2,
    BesluitOpMijnReactie = 3,
    Escalatie = 4,
    EvaluatieGeopend = 5,
    EvaluatieTeLaat = 6,
    /// <summary>Everything else about a casus: signals, a warm handover, a changed plan, regie.</summary>
    Casus = 7,
}

public static class MeldingSoortExtensions
{
    public static string Weergave(this MeldingSoort soort) => soort switch
    {
        MeldingSoort.NieuweAdviesvraag => "Nieuwe adviesvraag in mijn netwerkkanaal",
        MeldingSoort.ReactieOpMijnVraag => "Reactie op mijn adviesvraag",
        MeldingSoort.BesluitOpMijnReactie => "Besluit over een adviesvraag waarop ik reageerde",
        MeldingSoort.Escalatie => "Adviesvraag zonder reactie (escalatie)",
        MeldingSoort.EvaluatieGeopend => "Evaluatie geopend",
        MeldingSoort.EvaluatieTeLaat => "Evaluatie te laat",
        MeldingSoort.Casus => "Overige meldingen over mijn casussen",
        _ => soort.ToString(),
    };
}
