using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>
/// Werkproces step 5 and 7: what the Amsterdammer agreed to is the perceel, the aanbieder and its locatie and the
/// start. Changing one of those in an akkoord plan is a new plan: it goes back to concept, and akkoord again needs
/// new toestemming and a new consultation of the aanbieder. The evaluatiedatum is not part of that agreement —
/// moving it reschedules the evaluation and keeps the plan akkoord.
/// </summary>
public static class PlanWijziging
{
    /// <summary>The Dutch names of the material parts that differ (empty: not a material change).</summary>
    public static IReadOnlyList<string> WezenlijkeWijzigingen(Ondersteuningsplan plan, Perceel perceel, int? aanbiederId, int? locatieId, DateOnly? startdatum)
    {
        var delen = new List<string>();
        if (plan.Perceel != perceel)
        {
            delen.Add("perceel");
        }
        if (plan.AanbiederId != aanbiederId)
        {
            delen.Add("aanbieder");
        }
        if (plan.LocatieId != locatieId)
        {
            delen.Add("locatie");
        }
        if (plan.Startdatum != startdatum)
        {
            delen.Add("startdatum");
        }
        return delen;
    }

    /// <summary>Back to concept: akkoord, toestemming and the consultation belonged to the plan as it was.</summary>
    public static void TerugNaarConcept(Ondersteuningsplan plan)
    {
        plan.Status = PlanStatus.Concept;
        plan.AkkoordOp = null;
        plan.ToestemmingGegevenOp = null;
        plan.ToestemmingIngetrokkenOp = null;
        plan.AanbiederGeraadpleegdOp = null;
    }
}
