using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.UnitTests.Domain.Netwerk;

public class BesluitregelsTests
{
    // A buurtteam's own question, decided by its asker after the termijn, one offer: allowed as it stands.
    private static readonly Besluitaanvraag Gewoon = new(Afsluiting.Besluit, AdviesvraagStatus.Beantwoord, IsLid: true, IsVrager: true,
        DeciderIsBuurtteam: true, VragerIsBuurtteam: true, BinnenTermijn: false, AantalAanbiedingen: 1, IedereenGehoord: false, SamenMetAmsterdammer: false);

    [Fact]
    public void TheBuurtteamAsker_DecidesAfterTheTermijn_WithoutConfirmations() => Assert.Null(Besluitregels.Toets(Gewoon));

    [Fact]
    public void AnotherMember_MayNotDecideABuurtteamsQuestion() =>
        Assert.Equal(Besluitregels.AlleenVragerBesluit, Besluitregels.Toets(Gewoon with { IsVrager = false }));

    [Fact]
    public void AnotherBuurtteammedewerker_MayNotDecideABuurtteamsQuestionEither() =>
        Assert.Equal(Besluitregels.AlleenVragerBesluit, Besluitregels.Toets(Gewoon with { IsVrager = false, DeciderIsBuurtteam = true }));

    [Fact]
    public void OnAQuestionFromAnAanbieder_ABuurtteammedewerkerDecides_TheAskerDoesNot()
    {
        var vanAanbieder = Gewoon with { VragerIsBuurtteam = false };

        Assert.Null(Besluitregels.Toets(vanAanbieder with { IsVrager = false, DeciderIsBuurtteam = true }));
        Assert.Equal(Besluitregels.AlleenBuurtteamBesluit, Besluitregels.Toets(vanAanbieder with { IsVrager = true, DeciderIsBuurtteam = false }));
        Assert.Equal(Besluitregels.AlleenBuurtteamBesluit, Besluitregels.Toets(vanAanbieder with { IsVrager = false, DeciderIsBuurtteam = false }));
    }

    [Fact]
    public void WithinTheTermijn_EveryoneHeardMustBeConfirmed()
    {
        var binnen = Gewoon with { BinnenTermijn = true };

        Assert.Equal(Besluitregels.BevestigGehoord, Besluitregels.Toets(binnen));
        Assert.Null(Besluitregels.Toets(binnen with { IedereenGehoord = true }));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void WithADoubleOffer_TheChoiceWithTheAmsterdammerMustBeConfirmed(int aanbiedingen, bool zonderBevestiging)
    {
        var aanvraag = Gewoon with { AantalAanbiedingen = aanbiedingen };

        Assert.Equal(zonderBevestiging ? null : Besluitregels.BevestigSamen, Besluitregels.Toets(aanvraag));
        Assert.Null(Besluitregels.Toets(aanvraag with { SamenMetAmsterdammer = true }));
    }

    [Fact]
    public void ClosingWithoutADecision_IsForTheAskerOnly_AndNeedsNoConfirmation()
    {
        var sluiten = Gewoon with { Soort = Afsluiting.ZonderBesluit, BinnenTermijn = true, AantalAanbiedingen = 2, VragerIsBuurtteam = false, DeciderIsBuurtteam = false };

        Assert.Null(Besluitregels.Toets(sluiten));
        Assert.Equal(Besluitregels.AlleenVragerSluitAf, Besluitregels.Toets(sluiten with { IsVrager = false, DeciderIsBuurtteam = true }));
    }

    [Fact]
    public void AClosedQuestion_StaysClosed_AndANonMemberLearnsNothing()
    {
        Assert.Equal(Besluitregels.AlBesloten, Besluitregels.Toets(Gewoon with { Status = AdviesvraagStatus.Besloten }));
        Assert.Equal(Besluitregels.GeenLid, Besluitregels.Toets(Gewoon with { Status = AdviesvraagStatus.Besloten, IsLid = false }));
        Assert.Equal(Besluitregels.GeenLid, Besluitregels.Toets(Gewoon with { IsLid = false }));
    }

    [Fact]
    public void AVerlopenQuestion_CanStillBeDecided() =>
        Assert.Null(Besluitregels.Toets(Gewoon with { Status = AdviesvraagStatus.Verlopen, AantalAanbiedingen = 0 }));
}
