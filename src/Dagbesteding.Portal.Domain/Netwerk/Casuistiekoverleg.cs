using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>
/// The monthly casuïstiekoverleg of a stadsdeel's network ("1 keer per maand ... ingewikkelde casuïstiek te bespreken"):
/// planned by the netwerkmanager, with an agenda of questions that found no answer and cases by kenmerk.
/// </summary>
public class Casuistiekoverleg
{
    public int Id { get; set; }
    /// <summary>The stadsdeel channel whose members take part; its stadsdeel is the overleg's stadsdeel.</summary>
    public int KanaalId { get; set; }
    public Kanaal? Kanaal { get; set; }
    public DateTimeOffset Datum { get; set; }
    /// <summary>A place ("Buurthuis De Meevaart") or "Online".</summary>
    public required string Plaats { get; set; }
    public bool Online { get; set; }
    public int AangemaaktDoorId { get; set; }
    public Medewerker? AangemaaktDoor { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public List<OverlegPunt> Punten { get; set; } = [];
}

/// <summary>One item on the agenda: an adviesvraag or a casus (exactly one), and after the meeting its outcome.</summary>
public class OverlegPunt
{
    public int Id { get; set; }
    public int OverlegId { get; set; }
    public Casuistiekoverleg? Overleg { get; set; }
    public int? AdviesvraagId { get; set; }
    public Adviesvraag? Adviesvraag { get; set; }
    public int? CasusId { get; set; }
    public Casus? Casus { get; set; }
    /// <summary>Why it is on the agenda (optional, anonymity-checked).</summary>
    public string? Toelichting { get; set; }
    public int ToegevoegdDoorId { get; set; }
    public Medewerker? ToegevoegdDoor { get; set; }
    public DateTimeOffset ToegevoegdOp { get; set; }
    /// <summary>What the meeting agreed (anonymity-checked); shown on the question or case.</summary>
    public string? Uitkomst { get; set; }
    public DateTimeOffset? UitkomstOp { get; set; }
    public int? UitkomstDoorId { get; set; }
    public Medewerker? UitkomstDoor { get; set; }
}
