namespace Dagbesteding.Portal.Domain.Audit;

/// <summary>NEN 7513 style log line: who accessed which casus or adviesvraag, how, when. Append-only.</summary>
public class AuditRegel
{
    public long Id { get; set; }
    public DateTimeOffset Op { get; set; }
    public string? GebruikerId { get; set; }
    public int? MedewerkerId { get; set; }
    public AuditActie Actie { get; set; }
    public required string ObjectSoort { get; set; }
    public int ObjectId { get; set; }
    public string? Toelichting { get; set; }
}

public enum AuditActie
{
    Bekeken = 1,
    Aangemaakt = 2,
    Gewijzigd = 3,
    Verwijderd = 4,
    Geweigerd = 5,
    /// <summary>Figures left the portal as a CSV or Excel file.</summary>
    Geexporteerd = 6,
}
