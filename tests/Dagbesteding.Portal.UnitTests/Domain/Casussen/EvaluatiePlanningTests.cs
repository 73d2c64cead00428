using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.UnitTests.Domain.Casussen;

public sealed class EvaluatiePlanningTests
{
    private static readonly WerkdagKalender Kalender = new();
    private static readonly DateOnly Datum = new(2027, 6, 8);
    // Six weeks before 8 June 2027 is Koningsdag (Tuesday 27 April): the Monday before.
    private static readonly DateOnly Start = new(2027, 4, 26);

    private static PlanningBesluit Bepaal(PlanStatus status, DateOnly? datum, WerkprocesStap stap, LopendeEvaluatie? lopend) =>
        EvaluatiePlanning.Bepaal(new PlanStand(status, datum, stap), lopend, Kalender);

    [Fact]
    public void AkkoordPlanWithADate_WithoutAnEvaluation_PlansOne_OnTheStartDay() =>
        Assert.Equal(new PlanningBesluit(PlanningSoort.Plannen, Datum, Start), Bepaal(PlanStatus.Akkoord, Datum, WerkprocesStap.LeverenInzet, null));

    [Theory]
    [InlineData(PlanStatus.Concept, WerkprocesStap.Ondersteuningsplan)]
    [InlineData(PlanStatus.Beeindigd, WerkprocesStap.Gestopt)]
    [InlineData(PlanStatus.Akkoord, WerkprocesStap.Gestopt)]
    public void NoEvaluationIsPlanned_ForAPlanThatIsNotAkkoord_OrACasusThatStopped(PlanStatus status, WerkprocesStap stap) =>
        Assert.Equal(PlanningBesluit.Geen, Bepaal(status, Datum, stap, null));

    [Fact]
    public void AkkoordPlanWithoutADate_PlansNothing() =>
        Assert.Equal(PlanningBesluit.Geen, Bepaal(PlanStatus.Akkoord, null, WerkprocesStap.LeverenInzet, null));

    [Fact]
    public void PlannedEvaluation_InLineWithThePlan_NeedsNothing() =>
        Assert.Equal(PlanningBesluit.Geen, Bepaal(PlanStatus.Akkoord, Datum, WerkprocesStap.LeverenInzet, new LopendeEvaluatie(false, Datum, Start)));

    [Fact]
    public void PlannedEvaluation_ANewDate_MovesIt() =>
        Assert.Equal(new PlanningBesluit(PlanningSoort.Verzetten, new DateOnly(2027, 6, 15), new DateOnly(2027, 5, 4)),
            Bepaal(PlanStatus.Akkoord, new DateOnly(2027, 6, 15), WerkprocesStap.LeverenInzet, new LopendeEvaluatie(false, Datum, Start)));

    [Fact]
    public void PlannedEvaluation_AStaleStart_IsDerivedAgain()
    {
        // A closure day added later on the stored start day moves the start back one working day.
        var kalender = new WerkdagKalender([Start]);
        Assert.Equal(new PlanningBesluit(PlanningSoort.Verzetten, Datum, new DateOnly(2027, 4, 23)),
            EvaluatiePlanning.Bepaal(new PlanStand(PlanStatus.Akkoord, Datum, WerkprocesStap.LeverenInzet), new LopendeEvaluatie(false, Datum, Start), kalender));
    }

    [Theory]
    [InlineData(PlanStatus.Concept, WerkprocesStap.Ondersteuningsplan)]
    [InlineData(PlanStatus.Beeindigd, WerkprocesStap.Gestopt)]
    public void PlannedEvaluation_OfAPlanNoLongerAkkoord_Lapses(PlanStatus status, WerkprocesStap stap) =>
        Assert.Equal(PlanningSoort.Vervallen, Bepaal(status, Datum, stap, new LopendeEvaluatie(false, Datum, Start)).Soort);

    [Fact]
    public void OpenEvaluation_KeepsRunning_WhileThePlanIsReworked() =>
        Assert.Equal(PlanningBesluit.Geen, Bepaal(PlanStatus.Concept, Datum, WerkprocesStap.Ondersteuningsplan, new LopendeEvaluatie(true, Datum, Start)));

    [Fact]
    public void OpenEvaluation_FollowsANewDate_AndKeepsItsStart() =>
        Assert.Equal(new PlanningBesluit(PlanningSoort.Verzetten, new DateOnly(2027, 7, 1), Start),
            Bepaal(PlanStatus.Akkoord, new DateOnly(2027, 7, 1), WerkprocesStap.Evalueren, new LopendeEvaluatie(true, Datum, Start)));

    [Fact]
    public void OpenEvaluation_OfAStoppedCasus_Ends() =>
        Assert.Equal(PlanningSoort.Beeindigen, Bepaal(PlanStatus.Beeindigd, Datum, WerkprocesStap.Gestopt, new LopendeEvaluatie(true, Datum, Start)).Soort);

    [Fact]
    public void StartMoment_IsSevenInTheMorningInAmsterdam_InWinterAndSummerTime()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 6, 0, 0, TimeSpan.Zero), EvaluatieRegels.StartMoment(new DateOnly(2027, 1, 12)));
        Assert.Equal(new DateTimeOffset(2027, 4, 26, 5, 0, 0, TimeSpan.Zero), EvaluatieRegels.StartMoment(new DateOnly(2027, 4, 26)));
    }
}
