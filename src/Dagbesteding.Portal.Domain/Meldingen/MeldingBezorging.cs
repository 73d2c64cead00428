namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>
/// One delivery of a melding outside the portal: a push message to one device, one direct e-mail, or a line in the next
/// daily overview. A delivery is claimed (<see cref="BezorgStatus.Bezig"/>) before it is sent and marked afterwards, so
/// a second run or a retry never sends it again; a claim older than the job's limit is taken to have died with its node.
/// </summary>
public class MeldingBezorging
{
    public long Id { get; set; }
    public long MeldingId { get; set; }
    public Melding? Melding { get; set; }
    public int MedewerkerId { get; set; }
    public BezorgWeg Weg { get; set; }
    /// <summary>The device, for a push delivery. Removed with the subscription (a 404/410 from the push service).</summary>
    public long? PushAbonnementId { get; set; }
    public PushAbonnement? PushAbonnement { get; set; }
    public BezorgStatus Status { get; set; } = BezorgStatus.Wachtend;
    /// <summary>Not before this moment: the next working morning in quiet hours, the overview's time, or a retry's back-off.</summary>
    public DateTimeOffset NietVoor { get; set; }
    public DateTimeOffset? BezigSinds { get; set; }
    /// <summary>Which run holds the claim: a run reads back exactly the deliveries it claimed (the morning overview claims a person's lines at once).</summary>
    public Guid? Claim { get; set; }
    public int Pogingen { get; set; }
    public DateTimeOffset? AfgehandeldOp { get; set; }
    public string? Fout { get; set; }
}

public enum BezorgWeg
{
    Push = 1,
    Email = 2,
    Overzicht = 3,
}

public enum BezorgStatus
{
    Wachtend = 1,
    Bezig = 2,
    Verstuurd = 3,
    /// <summary>Not needed any more: read in the portal first, the device or the membership is gone, e-mail switched off.</summary>
    Overgeslagen = 4,
    Mislukt = 5,
}
