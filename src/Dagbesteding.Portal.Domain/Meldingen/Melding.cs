using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>
/// Something one medewerker should be told (a new question in their channel, a reply, an escalation, an evaluation
/// that opened). Stored in the same transaction as the change that caused it, so nothing is lost; the bell shows it
/// (when <see cref="InBel"/>), and <see cref="VerdeeldOp"/> marks that its deliveries outside the portal (push,
/// e-mail) were planned from the person's preferences — the outbox of <c>MeldingBezorgJob</c>.
/// </summary>
public class Melding
{
    public long Id { get; set; }
    public int MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
    public MeldingSoort Soort { get; set; } = MeldingSoort.Casus;
    public DateTimeOffset Op { get; set; }
    /// <summary>The text inside the portal (may name a casus kenmerk).</summary>
    public required string Tekst { get; set; }
    /// <summary>
    /// The text that may leave the portal in a push message or an e-mail: no personal data and no kenmerk, at most the
    /// channel's name and an id (<see cref="MeldingTeksten"/>).
    /// </summary>
    public required string Samenvatting { get; set; }
    public string? Link { get; set; }
    /// <summary>The channel a channel event belongs to: delivery outside the portal is checked against the membership.</summary>
    public int? KanaalId { get; set; }
    public bool Spoed { get; set; }
    /// <summary>
    /// False for events an open page already shows live (a new question or reply in the feed): those reach the phone and
    /// the mailbox, but do not fill the bell.
    /// </summary>
    public bool InBel { get; set; } = true;
    public DateTimeOffset? GelezenOp { get; set; }
    public DateTimeOffset? VerdeeldOp { get; set; }
}
