namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>
/// The rules of the casuïstiekoverleg, without a database: who plans it, what may go on its agenda and when, who
/// records an outcome. Each returns null when allowed, or the Dutch reason to show as it is.
/// </summary>
public static class Overlegregels
{
    public const int PlaatsMinimaal = 2;
    public const int PlaatsMaximaal = 200;
    public const int ToelichtingMaximaal = 500;
    public const int UitkomstMinimaal = 5;
    public const int UitkomstMaximaal = 1000;

    public const string GeenLid = "Dit overleg bestaat niet of u bent geen lid van het netwerkkanaal van dit stadsdeel.";
    public const string AlleenNetwerkmanagerPlant = "Alleen de netwerkmanager van dit stadsdeel plant een casuïstiekoverleg.";
    public const string DatumInVerleden = "Kies een datum en tijd in de toekomst.";
    public const string AlGeweest = "Dit overleg is al geweest: de agenda ligt vast. Zet het punt op de agenda van het volgende overleg.";
    public const string NogNietGeweest = "De uitkomst wordt vastgelegd na het overleg.";
    public const string PreciesEen = "Kies een adviesvraag of een casus voor het agendapunt.";
    public const string AndereStadsdeel = "Dit agendapunt hoort bij een ander stadsdeel dan dit overleg.";
    public const string VraagBeantwoord = "Over deze adviesvraag is al besloten met een gekozen aanbod; alleen vragen zonder antwoord gaan naar het overleg.";
    public const string AlOpAgenda = "Dit punt staat al op de agenda van dit overleg.";
    public const string CasusNietZichtbaar = "U kunt deze casus niet inzien; wie de casus mag zien, legt de uitkomst vast.";
    public const string AlleenNetwerkmanagerOfIndiener = "Alleen de netwerkmanager of wie het punt op de agenda zette, legt de uitkomst vast.";

    /// <summary>
    /// Planning a meeting: the netwerkmanager who is a member of the channel, a moment in the future. How far ahead is
    /// the shared date rule (<see cref="Datums.DatumRegels.Overleg"/>), checked before the moment is computed.
    /// </summary>
    public static string? MagPlannen(bool isLid, bool isNetwerkmanager, DateTimeOffset datum, DateTimeOffset nu) =>
        !isLid ? GeenLid
        : !isNetwerkmanager ? AlleenNetwerkmanagerPlant
        : datum <= nu ? DatumInVerleden
        : null;

    /// <summary>
    /// Adding an item: a member, before the meeting, exactly one subject, from the overleg's own stadsdeel, not twice.
    /// An adviesvraag goes on the agenda when it found no answer (no offer was chosen).
    /// </summary>
    public static string? MagToevoegen(OverlegPuntAanvraag aanvraag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (!aanvraag.IsLid)
        {
            return GeenLid;
        }
        if (aanvraag.OverlegDatum <= aanvraag.Nu)
        {
            return AlGeweest;
        }
        if (aanvraag.IsAdviesvraag == aanvraag.IsCasus)
        {
            return PreciesEen;
        }
        if (!aanvraag.ZelfdeStadsdeel)
        {
            return AndereStadsdeel;
        }
        if (aanvraag.IsAdviesvraag && aanvraag.AanbodGekozen)
        {
            return VraagBeantwoord;
        }
        return aanvraag.AlOpAgenda ? AlOpAgenda : null;
    }

    /// <summary>Recording the outcome: after the meeting, by the netwerkmanager of the channel or by who added the item.</summary>
    public static string? MagUitkomstVastleggen(bool isLid, bool isNetwerkmanager, bool isIndiener, DateTimeOffset overlegDatum, DateTimeOffset nu) =>
        !isLid ? GeenLid
        : overlegDatum > nu ? NogNietGeweest
        : !(isNetwerkmanager || isIndiener) ? AlleenNetwerkmanagerOfIndiener
        : null;
}

/// <summary>What <see cref="Overlegregels.MagToevoegen"/> needs to know.</summary>
public sealed record OverlegPuntAanvraag(
    bool IsLid,
    DateTimeOffset OverlegDatum,
    DateTimeOffset Nu,
    bool IsAdviesvraag,
    bool IsCasus,
    bool ZelfdeStadsdeel,
    bool AanbodGekozen,
    bool AlOpAgenda);
