using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>A reply to an adviesvraag; optionally an aanbod (offer of a place).</summary>
public class Reactie
{
    public int Id { get; set; }
    public int AdviesvraagId { get; set; }
    public Adviesvraag? Adviesvraag { get; set; }
    public int AuteurId { get; set; }
    public Medewerker? Auteur { get; set; }
    public required string Tekst { get; set; }
    public DateTimeOffset GeplaatstOp { get; set; }
    /// <summary>The author's organisation when the reply was written (the dashboard counts per organisation).</summary>
    public int? AuteurOrganisatieId { get; set; }
    public Organisatie? AuteurOrganisatie { get; set; }
    /// <summary>Working time from the question to this reply, computed once when it is stored (for the dashboard).</summary>
    public TimeSpan? WerktijdSindsVraag { get; set; }
    public bool IsAanbod { get; set; }
    public int? AanbodOrganisatieId { get; set; }
    public Organisatie? AanbodOrganisatie { get; set; }
    public int? AanbodLocatieId { get; set; }
    public Locatie? AanbodLocatie { get; set; }
    public int? WachttijdWeken { get; set; }
    public bool? VervoerMogelijk { get; set; }
}
