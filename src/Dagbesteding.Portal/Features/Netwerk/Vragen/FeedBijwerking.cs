using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>
/// Puts the one changed card of a live event into an open feed, without reading the database: newest first, at
/// most the feed's length, as a fresh read would show it. The event's card is neutral; what differs per viewer is
/// decided here: the viewer's own question, and unread when someone else did something.
/// </summary>
public static class FeedBijwerking
{
    public static IReadOnlyList<AdviesvraagKaart> Verwerk(IReadOnlyList<AdviesvraagKaart> feed, KanaalGebeurtenis gebeurtenis, int kijkerId, int maximum)
    {
        if (gebeurtenis.Kaart is not { } kaart)
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
        var plek = nieuw.FindIndex(k => k.GeplaatstOp < bijgewerkt.GeplaatstOp || (k.GeplaatstOp == bijgewerkt.GeplaatstOp && k.Id < bijgewerkt.Id));
        plek = plek < 0 ? nieuw.Count : plek;
        if (plek >= maximum)
        {
            return feed;
        }
        nieuw.Insert(plek, bijgewerkt);
        return nieuw.Count > maximum ? nieuw.GetRange(0, maximum) : nieuw;
    }
}
