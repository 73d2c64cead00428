namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>
/// A casus entered a werkproces step (from <see cref="Van"/>; null for a new aanmelding). Written by the casus path for
/// every change of step, by a person or by the portal, so the dashboard counts the flow from stored facts.
/// </summary>
public class CasusStapWissel
{
    public long Id { get; set; }
    public int CasusId { get; set; }
    public Casus? Casus { get; set; }
    public int StadsdeelId { get; set; }
    public Organisaties.Stadsdeel? Stadsdeel { get; set; }
    public WerkprocesStap? Van { get; set; }
    public WerkprocesStap Naar { get; set; }
    public DateTimeOffset Op { get; set; }
}
