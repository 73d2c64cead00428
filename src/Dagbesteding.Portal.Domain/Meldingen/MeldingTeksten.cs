namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>
/// The texts that leave the portal (push message, e-mail). They name the kind of event, a channel and an id, and
/// nothing else: no question text, no kenmerk, no name — a lock screen or a forwarded mailbox shows no personal data.
/// </summary>
public static class MeldingTeksten
{
    public const string Titel = "Dagbesteding Portal";

    public static string NieuweAdviesvraag(string kanaalNaam, bool spoed) =>
        spoed ? $"Nieuwe adviesvraag (spoed) in {kanaalNaam}" : $"Nieuwe adviesvraag in {kanaalNaam}";

    public static string ReactieOpMijnVraag(int adviesvraagId, bool aanbod) =>
        aanbod ? $"Nieuw aanbod op uw adviesvraag #{adviesvraagId}" : $"Nieuwe reactie op uw adviesvraag #{adviesvraagId}";

    public static string Besluit(int adviesvraagId) => $"Er is besloten over adviesvraag #{adviesvraagId}, waarbij u betrokken bent";

    public static string Escalatie(int adviesvraagId, string kanaalNaam) =>
        $"Adviesvraag #{adviesvraagId} in {kanaalNaam} heeft nog geen reactie";

    public static string Verlopen(int adviesvraagId, string kanaalNaam) =>
        $"De reactietermijn van adviesvraag #{adviesvraagId} in {kanaalNaam} is verstreken";

    public static string Casus(MeldingSoort soort, int casusId) => soort switch
    {
        MeldingSoort.EvaluatieGeopend => $"Er is een evaluatie geopend bij casus #{casusId}",
        MeldingSoort.EvaluatieTeLaat => $"De evaluatie van casus #{casusId} is te laat",
        _ => $"Nieuwe melding over casus #{casusId}",
    };

    public static string AdviesvraagLink(int adviesvraagId) => $"/netwerk/vragen/{adviesvraagId}";

    public static string CasusLink(int casusId) => $"/casussen/{casusId}";
}
