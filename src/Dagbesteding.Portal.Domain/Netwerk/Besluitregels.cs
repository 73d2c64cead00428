using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>How a question was closed: with a buurtteam decision, or explicitly without one.</summary>
public enum Afsluiting
{
    /// <summary>The buurtteam decided with the Amsterdammer: one of the offers, or none of them.</summary>
    Besluit = 1,
    /// <summary>The asker closed the question without a decision (e.g. the need changed, or it goes on outside the channel).</summary>
    ZonderBesluit = 2,
}

/// <summary>What the rules need to know about a decision (or an explicit close) that someone wants to record.</summary>
/// <param name="IsLid">The decider is an active member of the question's channel.</param>
/// <param name="IsVrager">The decider asked the question.</param>
/// <param name="DeciderIsBuurtteam">The decider is a buurtteammedewerker.</param>
/// <param name="VragerIsBuurtteam">The asker is a buurtteammedewerker (not an aanbieder, WPI or netwerkmanager).</param>
/// <param name="BinnenTermijn">The two working days for replies are not over yet.</param>
/// <param name="AantalAanbiedingen">How many replies on the question are offers.</param>
public sealed record Besluitaanvraag(
    Afsluiting Soort,
    AdviesvraagStatus Status,
    bool IsLid,
    bool IsVrager,
    bool DeciderIsBuurtteam,
    bool VragerIsBuurtteam,
    bool BinnenTermijn,
    int AantalAanbiedingen,
    bool IedereenGehoord,
    bool SamenMetAmsterdammer);

/// <summary>
/// The werkproces' spelregels for ending a question (werkproces Dagbesteding §IV.2), without a database:
/// <list type="bullet">
/// <item>"Buurtteam heeft regie en Amsterdammer maakt keuze": only a buurtteammedewerker records a decision. On a
/// buurtteam's own question that is the asker; a question from an aanbieder or WPI is decided by a buurtteammedewerker of
/// the channel (who takes the regie), or closed explicitly by its asker.</item>
/// <item>"Het buurtteam kan beslissen, mits alle betrokkenen zijn gehoord": a decision before the two working days are
/// over needs the decider's confirmation that everyone was heard.</item>
/// <item>"Bij een dubbel aanbod ... beslist de buurtteammedewerker samen met de Amsterdammer": with two or more offers,
/// the decider confirms the choice was made together with the Amsterdammer.</item>
/// </list>
/// </summary>
public static class Besluitregels
{
    public const string AlBesloten = "Over deze adviesvraag is al besloten.";
    /// <summary>The same words as for a question that does not exist: a non-member learns nothing about it.</summary>
    public const string GeenLid = "Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.";
    public const string AlleenVragerSluitAf = "Alleen wie de adviesvraag stelde, kan haar afsluiten zonder besluit.";
    public const string AlleenVragerBesluit = "Het buurtteam van de vrager heeft de regie: alleen wie de adviesvraag stelde, legt het besluit vast.";
    public const string AlleenBuurtteamBesluit = "Het buurtteam heeft de regie: een buurtteammedewerker legt het besluit vast. Wie de vraag stelde, kan haar wel afsluiten zonder besluit.";
    public const string BevestigGehoord = "De reactietermijn van 2 werkdagen loopt nog. Bevestig dat alle betrokkenen zijn gehoord voordat u besluit.";
    public const string BevestigSamen = "Er zijn meerdere aanbiedingen: bevestig dat u samen met de Amsterdammer hebt gekozen.";

    /// <summary>Null when the decision may be recorded; otherwise the Dutch reason, to be shown as it is.</summary>
    public static string? Toets(Besluitaanvraag aanvraag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);

        if (!aanvraag.IsLid)
        {
            return GeenLid;
        }
        if (aanvraag.Status == AdviesvraagStatus.Besloten)
        {
            return AlBesloten;
        }
        if (aanvraag.Soort == Afsluiting.ZonderBesluit)
        {
            return aanvraag.IsVrager ? null : AlleenVragerSluitAf;
        }
        if (MagBesluiten(aanvraag.IsVrager, aanvraag.DeciderIsBuurtteam, aanvraag.VragerIsBuurtteam) is { } wie)
        {
            return wie;
        }
        if (aanvraag.BinnenTermijn && !aanvraag.IedereenGehoord)
        {
            return BevestigGehoord;
        }
        if (aanvraag.AantalAanbiedingen >= 2 && !aanvraag.SamenMetAmsterdammer)
        {
            return BevestigSamen;
        }
        return null;
    }

    /// <summary>Who may record a decision (before any confirmation): null when this person may, else the reason.</summary>
    public static string? MagBesluiten(bool isVrager, bool deciderIsBuurtteam, bool vragerIsBuurtteam) =>
        vragerIsBuurtteam
            ? isVrager ? null : AlleenVragerBesluit
            : deciderIsBuurtteam && !isVrager ? null : AlleenBuurtteamBesluit;

    /// <summary>The function that holds the regie: the buurtteammedewerker.</summary>
    public static bool IsBuurtteam(Functie functie) => functie == Functie.Buurtteammedewerker;
}
