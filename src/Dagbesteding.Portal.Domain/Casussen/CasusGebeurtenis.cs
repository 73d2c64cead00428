using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>One line of the casus timeline: who changed what, when.</summary>
public class CasusGebeurtenis
{
    public long Id { get; set; }
    public int CasusId { get; set; }
    public Casus? Casus { get; set; }
    public int? MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public DateTimeOffset Op { get; set; }
    public required string Omschrijving { get; set; }
}
