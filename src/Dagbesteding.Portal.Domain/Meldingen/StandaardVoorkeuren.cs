using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>
/// What a person gets before they choose, by their function. Whoever is expected to act gets a push (aanbieders on new
/// questions, the asker on replies, the netwerkmanager on escalations, regievoerder and aanbieder on evaluations);
/// what is only good to know comes in the morning overview. Nobody is sent every question of the channel by e-mail at once.
/// </summary>
public static class StandaardVoorkeuren
{
    public static Voorkeur Voor(Functie functie, MeldingSoort soort) => soort switch
    {
        MeldingSoort.NieuweAdviesvraag => functie == Functie.AanbiederContactpersoon
            ? new Voorkeur(true, EmailKeuze.Overzicht)
            : new Voorkeur(false, EmailKeuze.Overzicht),
        MeldingSoort.ReactieOpMijnVraag => new Voorkeur(true, EmailKeuze.Direct),
        MeldingSoort.BesluitOpMijnReactie => new Voorkeur(true, EmailKeuze.Overzicht),
        MeldingSoort.Escalatie => new Voorkeur(true, EmailKeuze.Direct),
        MeldingSoort.EvaluatieGeopend => new Voorkeur(true, EmailKeuze.Direct),
        MeldingSoort.EvaluatieTeLaat => new Voorkeur(true, EmailKeuze.Direct),
        MeldingSoort.AdviesvraagVerlopen => new Voorkeur(true, EmailKeuze.Direct),
        _ => new Voorkeur(true, EmailKeuze.Overzicht),
    };

    /// <summary>
    /// Quiet hours for everyone; the netwerkmanager watches the two-working-day rule, so spoed reaches them in quiet
    /// hours too.
    /// </summary>
    public static MeldingInstellingen Instellingen(int medewerkerId, Functie functie) => new()
    {
        MedewerkerId = medewerkerId,
        StilBuitenWerktijd = true,
        SpoedDoorbreektStilte = functie == Functie.Netwerkmanager,
    };
}
