using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>When a member last opened an adviesvraag; drives the unread markers.</summary>
public class Leesbevestiging
{
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public int AdviesvraagId { get; set; }
    public Adviesvraag? Adviesvraag { get; set; }
    public DateTimeOffset GelezenOp { get; set; }
}
