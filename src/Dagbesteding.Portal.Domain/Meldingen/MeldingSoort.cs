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
    /// <summary>The two working days passed without a reply: for the asker and the netwerkmanagers of the channel.</summary>
    AdviesvraagVerlopen = 8,
}

public static class MeldingSoortExtensions
{
    public static string Weergave(this MeldingSoort soort) => soort switch
    {
        MeldingSoort.NieuweAdviesvraag => "Nieuwe adviesvraag in mijn netwerkkanaal",
        MeldingSoort.ReactieOpMijnVraag => "Reactie op mijn adviesvraag",
        MeldingSoort.BesluitOpMijnReactie => "Besluit over een adviesvraag waarbij ik betrokken ben",
        MeldingSoort.Escalatie => "Adviesvraag zonder reactie (escalatie)",
        MeldingSoort.EvaluatieGeopend => "Evaluatie geopend",
        MeldingSoort.EvaluatieTeLaat => "Evaluatie te laat",
        MeldingSoort.Casus => "Overige meldingen over mijn casussen",
        MeldingSoort.AdviesvraagVerlopen => "Reactietermijn van een adviesvraag verstreken",
        _ => soort.ToString(),
    };
}
