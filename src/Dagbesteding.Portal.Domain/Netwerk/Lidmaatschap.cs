using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>
/// One period of membership of a channel. Leaving is an explicit afmelding (date and reason);
/// the row stays as history and a new row is made when someone joins again.
/// </summary>
public class Lidmaatschap
{
    public int Id { get; set; }
    public int KanaalId { get; set; }
    public Kanaal? Kanaal { get; set; }
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public DateTimeOffset Vanaf { get; set; }
    public DateTimeOffset? AfgemeldOp { get; set; }
    public string? AfmeldReden { get; set; }
    /// <summary>Netwerkmanagers are members of their stadsdeel channel by rule, not by choice.</summary>
    public bool Automatisch { get; set; }
    /// <summary>Push and e-mail about this channel's events (new questions, escalations); the feed shows them anyway.</summary>
    public bool MeldingenBuitenPortaal { get; set; } = true;

    public bool IsActief => AfgemeldOp is null;
}
