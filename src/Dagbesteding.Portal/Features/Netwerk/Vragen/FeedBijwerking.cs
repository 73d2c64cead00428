using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>
/// Puts the one changed card of a live event into an open feed, without reading the database: in
/// <see cref="Sorteer">feed order</see>, at most the feed's length, as a fresh read would show it. The event's card is neutral; what differs per viewer is
/// decided here: the viewer's own question, and unread when someone else did something.
/// </summary>
public static class FeedBijwerking
{
    public static IReadOnlyList<AdviesvraagKaart> Verwerk(IReadOnlyList<AdviesvraagKaart> feed, KanaalGebeurtenis gebeurtenis, int kijkerId, int? kijkerOrganisatieId, int maximum)
    {
        // A gerichte vraag of another aanbieder is not this viewer's: not shown, not even as a changed card.
        if (gebeurtenis.Kaart is not { } kaart || !gebeurtenis.IsZichtbaarVoor(kijkerId, kijkerOrganisatieId))
        {
            return feed;
        }
        var bestaand = feed.FirstOrDefault(k => k.Id == kaart.Id);
        var doorKijker = gebeurtenis.DoorMedewerkerId == kijkerId;
        var bijgewerkt = kaart with
        {
            IsEigen = bestaand?.IsEigen ?? (gebeurtenis.Soort == KanaalGebeurtenisSoort.NieuweVraag && doorKijker),
            // The system's status change (verlopen) is not news; someone else's question, reply or decision is.
            Ongelezen = (gebeurtenis.DoorMedewerkerId is not null && !doorKijker) || (bestaand?.Ongelezen ?? false),
        };
        var nieuw = feed.Where(k => k.Id != kaart.Id).ToList();
        var plek = nieuw.FindIndex(k => KomtVoor(bijgewerkt, k));
        plek = plek < 0 ? nieuw.Count : plek;
        if (plek >= maximum)
        {
            // Past the end: a fresh read would not show it (a decided spoed question can move down out of the feed).
            return bestaand is null ? feed : nieuw;
        }
        nieuw.Insert(plek, bijgewerkt);
        return nieuw.Count > maximum ? nieuw.GetRange(0, maximum) : nieuw;
    }

    /// <summary>
    /// Spoed questions that still wait for an answer or a decision stay on top ("spoed blijft bovenaan"); then newest
    /// first. The database read (<see cref="Sorteer"/>) and a live insert (<see cref="KomtVoor"/>) use this one rule.
    /// </summary>
    public static bool IsBovenaan(AdviesvraagKaart kaart) => kaart.Spoed && kaart.Status is AdviesvraagStatus.Open or AdviesvraagStatus.Beantwoord;

    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/> in the feed.</summary>
    public static bool KomtVoor(AdviesvraagKaart a, AdviesvraagKaart b) =>
        IsBovenaan(a) != IsBovenaan(b) ? IsBovenaan(a)
        : a.GeplaatstOp != b.GeplaatstOp ? a.GeplaatstOp > b.GeplaatstOp
        : a.Id > b.Id;

    /// <summary>The feed order in the database, the same as <see cref="KomtVoor"/>.</summary>
    public static IOrderedQueryable<Adviesvraag> Sorteer(IQueryable<Adviesvraag> vragen) =>
        vragen.OrderByDescending(a => a.Spoed && (a.Status == AdviesvraagStatus.Open || a.Status == AdviesvraagStatus.Beantwoord))
            .ThenByDescending(a => a.GeplaatstOp)
            .ThenByDescending(a => a.Id);
}
