using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.UnitTests.Domain.Netwerk;

public class OverlegregelsTests
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    // An expired question of the overleg's own stadsdeel, added by a member before the meeting: allowed.
    private static readonly OverlegPuntAanvraag Vraag = new(IsLid: true, OverlegDatum: Nu.AddDays(7), Nu, IsAdviesvraag: true, IsCasus: false,
        ZelfdeStadsdeel: true, AanbodGekozen: false, AlOpAgenda: false);

    [Fact]
    public void Plannen_ByTheNetwerkmanagerOfTheChannel_AtAMomentInTheFuture()
    {
        Assert.Null(Overlegregels.MagPlannen(true, true, Nu.AddDays(14), Nu));
        Assert.Equal(Overlegregels.GeenLid, Overlegregels.MagPlannen(false, true, Nu.AddDays(14), Nu));
        Assert.Equal(Overlegregels.AlleenNetwerkmanagerPlant, Overlegregels.MagPlannen(true, false, Nu.AddDays(14), Nu));
        Assert.Equal(Overlegregels.DatumInVerleden, Overlegregels.MagPlannen(true, true, Nu, Nu));
        // How far ahead is the shared date rule (DatumRegels.Overleg), checked by the service before the moment exists.
    }

    [Fact]
    public void Toevoegen_AnExpiredQuestionOrACase_OfTheSameStadsdeel_BeforeTheMeeting()
    {
        Assert.Null(Overlegregels.MagToevoegen(Vraag));
        Assert.Null(Overlegregels.MagToevoegen(Vraag with { IsAdviesvraag = false, IsCasus = true }));
    }

    [Fact]
    public void Toevoegen_IsRefused_WithItsReason()
    {
        Assert.Equal(Overlegregels.GeenLid, Overlegregels.MagToevoegen(Vraag with { IsLid = false }));
        Assert.Equal(Overlegregels.AlGeweest, Overlegregels.MagToevoegen(Vraag with { OverlegDatum = Nu }));
        Assert.Equal(Overlegregels.PreciesEen, Overlegregels.MagToevoegen(Vraag with { IsCasus = true }));
        Assert.Equal(Overlegregels.PreciesEen, Overlegregels.MagToevoegen(Vraag with { IsAdviesvraag = false }));
        Assert.Equal(Overlegregels.AndereStadsdeel, Overlegregels.MagToevoegen(Vraag with { ZelfdeStadsdeel = false }));
        Assert.Equal(Overlegregels.VraagBeantwoord, Overlegregels.MagToevoegen(Vraag with { AanbodGekozen = true }));
        Assert.Equal(Overlegregels.AlOpAgenda, Overlegregels.MagToevoegen(Vraag with { AlOpAgenda = true }));
    }

    [Fact]
    public void ACaseWhoseQuestionWasAnswered_IsNoReasonToRefuseTheCase() =>
        Assert.Null(Overlegregels.MagToevoegen(Vraag with { IsAdviesvraag = false, IsCasus = true, AanbodGekozen = true }));

    [Fact]
    public void Uitkomst_AfterTheMeeting_ByTheNetwerkmanagerOrWhoAddedIt()
    {
        var geweest = Nu.AddHours(-1);
        Assert.Null(Overlegregels.MagUitkomstVastleggen(true, true, false, geweest, Nu));
        Assert.Null(Overlegregels.MagUitkomstVastleggen(true, false, true, geweest, Nu));
        Assert.Equal(Overlegregels.AlleenNetwerkmanagerOfIndiener, Overlegregels.MagUitkomstVastleggen(true, false, false, geweest, Nu));
        Assert.Equal(Overlegregels.NogNietGeweest, Overlegregels.MagUitkomstVastleggen(true, true, true, Nu.AddHours(1), Nu));
        Assert.Equal(Overlegregels.GeenLid, Overlegregels.MagUitkomstVastleggen(false, true, true, geweest, Nu));
    }
}
