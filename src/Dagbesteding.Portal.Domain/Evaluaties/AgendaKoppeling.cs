using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>
/// A private calendar link (iCalendar feed) of one medewerker: its secret is shown once and stored only as a
/// SHA-256 hash, so the database cannot give the link away. Revoked by making a new one or by revoking it.
/// </summary>
public class AgendaKoppeling
{
    public int Id { get; set; }
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    /// <summary>Hex SHA-256 of the secret in the URL.</summary>
    public required string SleutelHash { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? IngetrokkenOp { get; set; }
    public DateTimeOffset? LaatstGebruiktOp { get; set; }
}
