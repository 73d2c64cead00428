using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>A signal from the aanbieder about a casus (e.g. a temporary stop), within privacy limits.</summary>
public class Signaal
{
    public int Id { get; set; }
    public int CasusId { get; set; }
    public Casus? Casus { get; set; }
    public SignaalSoort Soort { get; set; }
    public DateTimeOffset Op { get; set; }
    public int DoorMedewerkerId { get; set; }
    public Medewerker? DoorMedewerker { get; set; }
    public string? Toelichting { get; set; }
}

public enum SignaalSoort
{
    TijdelijkeStop = 1,
    Hervat = 2,
    Zorg = 3,
    Uitval = 4,
}
