using Dagbesteding.Portal.Features.Casussen;

namespace Dagbesteding.Portal.ComponentTests.Casussen;

public sealed class BordAanwezigheidTests
{
    [Fact]
    public void Kijkers_AreTheOthersOnTheSameBoard_EachOnce_AndLeaveOnDispose()
    {
        var aanwezigheid = new BordAanwezigheid();
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
}
