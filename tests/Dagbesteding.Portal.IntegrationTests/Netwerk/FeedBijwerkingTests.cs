using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>An open feed takes the one card a live event carries, as a fresh read would show it.</summary>
public sealed class FeedBijwerkingTests
{
    private const int Kijker = 10;
    private const int Ander = 20;
    private static readonly DateTimeOffset Begin = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static AdviesvraagKaart Kaart(int id, int minuten, int reacties = 0, AdviesvraagStatus status = AdviesvraagStatus.Open, bool eigen = false, bool ongelezen = false) =>
        new(id, 1, "Netwerk West", Begin.AddMinutes(minuten), Leeftijdscategorie.Van27Tot45, null, [], false, false, $"Vraag {id}", status,
            Begin.AddDays(2), reacties, ongelezen, eigen);

    private static KanaalGebeurtenis Gebeurtenis(AdviesvraagKaart kaart, KanaalGebeurtenisSoort soort, int? door) =>
        new(1, kaart.Id, soort, "samenvatting", DateTimeOffset.UtcNow, door, kaart);

    // Newest first, as the service reads the feed.
    private static readonly IReadOnlyList<AdviesvraagKaart> Feed = [Kaart(3, 30, eigen: true), Kaart(2, 20), Kaart(1, 10)];

    [Fact]
    public void AGerichteVraag_ReachesTheAskerAndTheAanbiedersMembers_AndNoOneElse()
    {
        const int aanbieder = 77;
        var gebeurtenis = Gebeurtenis(Kaart(4, 40), KanaalGebeurtenisSoort.NieuweVraag, Ander) with { Gericht = new Gericht(aanbieder, Ander) };

        Assert.Equal([3, 2, 1], FeedBijwerking.Verwerk(Feed, gebeurtenis, Kijker, 78, 50).Select(k => k.Id));
        Assert.Equal([3, 2, 1], FeedBijwerking.Verwerk(Feed, gebeurtenis, Kijker, null, 50).Select(k => k.Id));
        Assert.Equal([4, 3, 2, 1], FeedBijwerking.Verwerk(Feed, gebeurtenis, Kijker, aanbieder, 50).Select(k => k.Id));
        Assert.Equal([4, 3, 2, 1], FeedBijwerking.Verwerk(Feed, gebeurtenis, Ander, 78, 50).Select(k => k.Id));
    }

    [Fact]
    public void AnOpenSpoedQuestion_StaysOnTop_WhenANewerOrdinaryQuestionArrives()
    {
        IReadOnlyList<AdviesvraagKaart> feed = [Kaart(2, 20) with { Spoed = true }, Kaart(3, 30), Kaart(1, 10)];

        var bijgewerkt = FeedBijwerking.Verwerk(feed, Gebeurtenis(Kaart(4, 40), KanaalGebeurtenisSoort.NieuweVraag, Ander), Kijker, null, 50);

        Assert.Equal([2, 4, 3, 1], bijgewerkt.Select(k => k.Id));
    }

    [Fact]
    public void ANewSpoedQuestion_GoesAboveOlderSpoedQuestions_AndAllOrdinaryOnes()
    {
        IReadOnlyList<AdviesvraagKaart> feed = [Kaart(2, 20) with { Spoed = true }, Kaart(3, 30), Kaart(1, 10)];

        var bijgewerkt = FeedBijwerking.Verwerk(feed, Gebeurtenis(Kaart(4, 40) with { Spoed = true }, KanaalGebeurtenisSoort.NieuweVraag, Ander), Kijker, null, 50);

        Assert.Equal([4, 2, 3, 1], bijgewerkt.Select(k => k.Id));
    }

    [Fact]
    public void ADecidedSpoedQuestion_MovesDownToItsPlaceInTime_OrOutOfAFullFeed()
    {
        IReadOnlyList<AdviesvraagKaart> feed = [Kaart(1, 10) with { Spoed = true }, Kaart(3, 30), Kaart(2, 20)];
        var besloten = Kaart(1, 10, status: AdviesvraagStatus.Besloten) with { Spoed = true };

        Assert.Equal([3, 2, 1], FeedBijwerking.Verwerk(feed, Gebeurtenis(besloten, KanaalGebeurtenisSoort.Besloten, Ander), Kijker, null, 50).Select(k => k.Id));
        Assert.Equal([3, 2], FeedBijwerking.Verwerk(feed, Gebeurtenis(besloten, KanaalGebeurtenisSoort.Besloten, Ander), Kijker, null, 2).Select(k => k.Id));
    }

    [Fact]
    public void NewQuestionOfSomeoneElse_GoesOnTopAsUnread()
    {
        var feed = FeedBijwerking.Verwerk(Feed, Gebeurtenis(Kaart(4, 40), KanaalGebeurtenisSoort.NieuweVraag, Ander), Kijker, null, 50);

        Assert.Equal([4, 3, 2, 1], feed.Select(k => k.Id));
        Assert.True(feed[0].Ongelezen);
        Assert.False(feed[0].IsEigen);
    }

    [Fact]
    public void OwnNewQuestion_IsOwnAndRead()
    {
        var feed = FeedBijwerking.Verwerk(Feed, Gebeurtenis(Kaart(4, 40), KanaalGebeurtenisSoort.NieuweVraag, Kijker), Kijker, null, 50);

        Assert.True(feed[0].IsEigen);
        Assert.False(feed[0].Ongelezen);
    }

    [Fact]
    public void ReplyToAShownQuestion_ReplacesThatCardInPlace_KeepingWhoseItIs()
    {
        var feed = FeedBijwerking.Verwerk(Feed, Gebeurtenis(Kaart(3, 30, reacties: 1, status: AdviesvraagStatus.Beantwoord), KanaalGebeurtenisSoort.NieuweReactie, Ander), Kijker, null, 50);

        Assert.Equal([3, 2, 1], feed.Select(k => k.Id));
        Assert.Equal(1, feed[0].AantalReacties);
        Assert.Equal(AdviesvraagStatus.Beantwoord, feed[0].Status);
        Assert.True(feed[0].IsEigen);
        Assert.True(feed[0].Ongelezen);
    }

    [Fact]
    public void StatusChangeByTheSystem_IsNotNews()
    {
        var feed = FeedBijwerking.Verwerk(Feed, Gebeurtenis(Kaart(2, 20, status: AdviesvraagStatus.Verlopen), KanaalGebeurtenisSoort.StatusGewijzigd, door: null), Kijker, null, 50);

        Assert.Equal(AdviesvraagStatus.Verlopen, feed[1].Status);
        Assert.False(feed[1].Ongelezen);
    }

    [Fact]
    public void FullFeed_DropsTheOldest_AndIgnoresAChangeToAQuestionBeyondIt()
    {
        var vol = FeedBijwerking.Verwerk(Feed, Gebeurtenis(Kaart(4, 40), KanaalGebeurtenisSoort.NieuweVraag, Ander), Kijker, null, maximum: 3);
        Assert.Equal([4, 3, 2], vol.Select(k => k.Id));

        var ongewijzigd = FeedBijwerking.Verwerk(vol, Gebeurtenis(Kaart(1, 10, reacties: 2), KanaalGebeurtenisSoort.NieuweReactie, Ander), Kijker, null, maximum: 3);
        Assert.Same(vol, ongewijzigd);
    }

    [Fact]
    public void EventWithoutACard_LeavesTheFeedAsItIs()
    {
        var zonder = new KanaalGebeurtenis(1, 9, KanaalGebeurtenisSoort.NieuweVraag, "alleen ids", DateTimeOffset.UtcNow, Ander);

        Assert.Same(Feed, FeedBijwerking.Verwerk(Feed, zonder, Kijker, null, 50));
    }
}
