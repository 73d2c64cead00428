using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.ComponentTests.Casussen;

public sealed class BordAanwezigheidTests
{
    [Fact]
    public void Kijkers_AreTheOthersOnTheSameBoard_EachOnce_AndLeaveOnDispose()
    {
        var aanwezigheid = new BordAanwezigheid(TimeProvider.System);
        var gemeld = new List<int>();
        aanwezigheid.Gewijzigd += gemeld.Add;

        using var ik = aanwezigheid.Kijk(2, 1, "Ruben Regie");
        var collega = aanwezigheid.Kijk(2, 2, "Anna Aanbieder");
        using var collegaTweedeTab = aanwezigheid.Kijk(2, 2, "Anna Aanbieder");
        using var elders = aanwezigheid.Kijk(3, 3, "Olga Oost");

        Assert.Equal(["Anna Aanbieder"], aanwezigheid.Kijkers(2, behalveMedewerkerId: 1));
        collega.Dispose();
        collega.Dispose();
        Assert.Equal(["Anna Aanbieder"], aanwezigheid.Kijkers(2, 1));
        collegaTweedeTab.Dispose();
        Assert.Empty(aanwezigheid.Kijkers(2, 1));
        Assert.Equal([2, 2, 2, 3, 2, 2], gemeld);
    }

    [Fact]
    public void OtherNodesViewers_AreMerged_PerNodeAndBoard_AndAnEmptySnapshotRemovesThem()
    {
        var aanwezigheid = new BordAanwezigheid(new FakeTimeProvider(Nu));
        var gemeld = new List<int>();
        aanwezigheid.Gewijzigd += gemeld.Add;
        using var ik = aanwezigheid.Kijk(2, 1, "Ruben Regie");

        aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(3, "Willem West")], 15));
        aanwezigheid.Ontvang("node-c", new BordKijkers(2, [new(4, "Bea Buurtteam")], 15));
        aanwezigheid.Ontvang("node-b", new BordKijkers(5, [new(6, "Zoë Zuid")], 15));
        Assert.Equal(["Bea Buurtteam", "Willem West"], aanwezigheid.Kijkers(2, 1));
        Assert.Equal(["Zoë Zuid"], aanwezigheid.Kijkers(5, 1));

        // A snapshot replaces what that node said about that board, nothing else.
        aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(7, "Karel Kijker")], 15));
        Assert.Equal(["Bea Buurtteam", "Karel Kijker"], aanwezigheid.Kijkers(2, 1));
        aanwezigheid.Ontvang("node-c", new BordKijkers(2, [], 15));
        Assert.Equal(["Karel Kijker"], aanwezigheid.Kijkers(2, 1));
        Assert.Equal(["Zoë Zuid"], aanwezigheid.Kijkers(5, 1));
        Assert.Equal([2, 2, 2, 5, 2, 2], gemeld);
    }

    [Fact]
    public void Heartbeat_WithTheSameViewers_RedrawsNothing_AndKeepsThemPastTheExpiry()
    {
        var tijd = new FakeTimeProvider(Nu);
        var aanwezigheid = new BordAanwezigheid(tijd);
        aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(3, "Willem West")], 15));
        var gemeld = new List<int>();
        aanwezigheid.Gewijzigd += gemeld.Add;

        for (var i = 0; i < 4; i++)
        {
            tijd.Advance(TimeSpan.FromSeconds(15));
            aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(3, "Willem West")], 15));
            aanwezigheid.Verloop();
        }

        Assert.Equal(["Willem West"], aanwezigheid.Kijkers(2, 1));
        Assert.Empty(gemeld);
    }

    [Fact]
    public void NodeThatMissesTwoHeartbeats_IsForgotten_AndItsBoardRedraws()
    {
        var tijd = new FakeTimeProvider(Nu);
        var aanwezigheid = new BordAanwezigheid(tijd);
        using var hier = aanwezigheid.Kijk(2, 2, "Anna Aanbieder");
        aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(3, "Willem West")], 15));
        var gemeld = new List<int>();
        aanwezigheid.Gewijzigd += gemeld.Add;

        tijd.Advance(TimeSpan.FromSeconds(29));
        aanwezigheid.Verloop();
        Assert.Equal(["Anna Aanbieder", "Willem West"], aanwezigheid.Kijkers(2, 1));
        Assert.Empty(gemeld);

        tijd.Advance(TimeSpan.FromSeconds(1));
        aanwezigheid.Verloop();
        Assert.Equal(["Anna Aanbieder"], aanwezigheid.Kijkers(2, 1));
        Assert.Equal([2], gemeld);
    }

    [Fact]
    public void OwnViewers_AreWhatThisNodeTellsTheOthers_OncePerMedewerker()
    {
        var aanwezigheid = new BordAanwezigheid(new FakeTimeProvider(Nu));
        using var a = aanwezigheid.Kijk(2, 5, "Olga Oost");
        using var b = aanwezigheid.Kijk(2, 3, "Willem West");
        using var tweedeTab = aanwezigheid.Kijk(2, 5, "Olga Oost");
        using var elders = aanwezigheid.Kijk(4, 3, "Willem West");
        aanwezigheid.Ontvang("node-b", new BordKijkers(2, [new(9, "Van Elders")], 15));

        var eigen = aanwezigheid.EigenKijkers();

        Assert.Equal([2, 4], eigen.Keys.Order());
        Assert.Equal([new Kijker(3, "Willem West"), new Kijker(5, "Olga Oost")], eigen[2]);
        Assert.Equal([new Kijker(3, "Willem West")], eigen[4]);
    }

    private static readonly DateTimeOffset Nu = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
}
