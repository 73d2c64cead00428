namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>How a person wants one kind of melding outside the portal. No row: the default of their role.</summary>
public class MeldingVoorkeur
{
    public int Id { get; set; }
    public int MedewerkerId { get; set; }
    public MeldingSoort Soort { get; set; }
    public bool Push { get; set; }
    public EmailKeuze Email { get; set; }
}

public enum EmailKeuze
{
    Uit = 0,
    /// <summary>One e-mail per melding, as it happens (or at the next working morning in quiet hours).</summary>
    Direct = 1,
    /// <summary>One e-mail each working morning with everything since the previous one.</summary>
    Overzicht = 2,
}

/// <summary>A person's choice for one kind: push on or off, and e-mail off, direct or in the daily overview.</summary>
public readonly record struct Voorkeur(bool Push, EmailKeuze Email);

/// <summary>The settings of a person that hold for every kind, and what the portal learned about their mailbox.</summary>
public class MeldingInstellingen
{
    public int MedewerkerId { get; set; }
    /// <summary>Nights, weekends and holidays wait for the next working morning.</summary>
    public bool StilBuitenWerktijd { get; set; } = true;
    /// <summary>Spoed still comes at once in quiet hours.</summary>
    public bool SpoedDoorbreektStilte { get; set; }
    /// <summary>Set when the mail server refused the address for good (a bounce); e-mail waits until the person retries.</summary>
    public DateTimeOffset? EmailGeweigerdOp { get; set; }
    public string? EmailFout { get; set; }
}
