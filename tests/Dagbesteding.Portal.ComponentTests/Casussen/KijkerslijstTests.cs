using Dagbesteding.Portal.Features.Casussen;

namespace Dagbesteding.Portal.ComponentTests.Casussen;

/// <summary>The merge and expiry rule of "Ook aan het kijken" across nodes, with the time passed in.</summary>
public sealed class KijkerslijstTests
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hartslag = TimeSpan.FromSeconds(15);

    [Fact]
    public void Merged_IsThisNodesAndTheOtherNodesViewers_WithoutTheViewerThemself_EachNameOnce_InNameOrder()
    {
        Kijker[] eigen = [new(1, "Ruben Regie"), new(2, "Anna Aanbieder")];
        Momentopname[] elders =
        [
            new([new(3, "Willem West"), new(2, "Anna Aanbieder")], Nu, Hartslag),
            // The viewer's own phone on another node is not "someone else".
            new([new(1, "Ruben Regie"), new(4, "Bea Buurtteam")], Nu, Hartslag),
        ];

        Assert.Equal(["Anna Aanbieder", "Bea Buurtteam", "Willem West"], Kijkerslijst.Samengevoegd(eigen, elders, behalveMedewerkerId: 1, Nu));
    }

    [Fact]
    public void OtherNodesSnapshot_CountsUntilTwoHeartbeatsAreMissed_ThenNoLonger()
    {
        var ontvangen = Nu.AddMinutes(-1);
        Momentopname[] elders = [new([new(3, "Willem West")], ontvangen, Hartslag)];
        Kijker[] eigen = [new(2, "Anna Aanbieder")];

        // One heartbeat late is still there; the second missed one ends it.
        Assert.Equal(["Anna Aanbieder", "Willem West"], Kijkerslijst.Samengevoegd(eigen, elders, 1, ontvangen + Hartslag + TimeSpan.FromSeconds(1)));
        Assert.Equal(["Anna Aanbieder", "Willem West"], Kijkerslijst.Samengevoegd(eigen, elders, 1, ontvangen + 2 * Hartslag - TimeSpan.FromMilliseconds(1)));
        Assert.Equal(["Anna Aanbieder"], Kijkerslijst.Samengevoegd(eigen, elders, 1, ontvangen + 2 * Hartslag));
        Assert.Equal(["Anna Aanbieder"], Kijkerslijst.Samengevoegd(eigen, elders, 1, ontvangen + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void ExpiryFollowsTheSendingNodesHeartbeat_NotAFixedTime()
    {
        var kort = new Momentopname([new(3, "Willem West")], Nu, TimeSpan.FromSeconds(1));
        var lang = new Momentopname([new(4, "Bea Buurtteam")], Nu, TimeSpan.FromSeconds(60));

        Assert.Equal(["Bea Buurtteam"], Kijkerslijst.Samengevoegd([], [kort, lang], 1, Nu.AddSeconds(2)));
        Assert.Empty(Kijkerslijst.Samengevoegd([], [kort, lang], 1, Nu.AddSeconds(120)));
    }

    [Fact]
    public void PerMedewerker_IsOneEntryPerColleague_InIdOrder_SoSnapshotsCompareByContent()
    {
        Assert.Equal(
            [new Kijker(2, "Anna Aanbieder"), new Kijker(5, "Olga Oost")],
            Kijkerslijst.PerMedewerker([new(5, "Olga Oost"), new(2, "Anna Aanbieder"), new(5, "Olga Oost")]));
    }
}
