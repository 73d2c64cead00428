using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>The plan of a casus. The evaluatiedatum is the source of truth for when evaluation starts.</summary>
public class Ondersteuningsplan
{
    public int Id { get; set; }
    public int CasusId { get; set; }
    public Casus? Casus { get; set; }
    public Perceel Perceel { get; set; }
    public int? AanbiederId { get; set; }
    public Organisatie? Aanbieder { get; set; }
    public int? LocatieId { get; set; }
    public Locatie? Locatie { get; set; }
    public DateOnly? Startdatum { get; set; }
    /// <summary>Defaults to one year after the start.</summary>
    public DateOnly? Evaluatiedatum { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.Concept;
    public DateTimeOffset? AkkoordOp { get; set; }
    public DateTimeOffset? ToestemmingGegevenOp { get; set; }
    public DateTimeOffset? ToestemmingIngetrokkenOp { get; set; }
    /// <summary>The regievoerder consulted the aanbieder before akkoord (werkproces step 5).</summary>
    public DateTimeOffset? AanbiederGeraadpleegdOp { get; set; }
    public Partij AanmeldingDoor { get; set; } = Partij.Buurtteam;
    public Partij VraagverhelderingDoor { get; set; } = Partij.Buurtteam;
    public Partij PlanDoor { get; set; } = Partij.Buurtteam;
    public Partij EvaluatieDoor { get; set; } = Partij.Buurtteam;
    public Guid Versie { get; set; } = Guid.NewGuid();
    public List<Evaluatie> Evaluaties { get; set; } = [];

    public bool HeeftToestemming => ToestemmingGegevenOp is not null && ToestemmingIngetrokkenOp is null;

    public static DateOnly StandaardEvaluatiedatum(DateOnly start) => start.AddYears(1);
}

public enum PlanStatus
{
    Concept = 1,
    Akkoord = 2,
    Beeindigd = 3,
}

/// <summary>Who does a part of the work (rolverdeling in the plan).</summary>
public enum Partij
{
    Buurtteam = 1,
    Aanbieder = 2,
    Wpi = 3,
    Amsterdammer = 4,
}
