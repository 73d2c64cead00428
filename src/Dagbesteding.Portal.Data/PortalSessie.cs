namespace Dagbesteding.Portal.Data;

/// <summary>
/// One sign-in, kept on the server. The cookie names it (claim <c>dagbesteding:sessie</c>); a cookie whose
/// session has ended (logout, the absolute lifetime) is refused even though its signature is still valid, so a
/// copied or replayed cookie stops working the moment its owner logs out.
/// </summary>
public class PortalSessie
{
    public Guid Id { get; set; }
    public string GebruikerId { get; set; } = "";
    public PortalGebruiker? Gebruiker { get; set; }
    public DateTimeOffset BegonOp { get; set; }
    public DateTimeOffset? BeeindigdOp { get; set; }
    /// <summary>Why it ended: <see cref="Uitgelogd"/> or <see cref="Beeindigd"/>.</summary>
    public string? EindReden { get; set; }

    public const string Uitgelogd = "uitgelogd";
    public const string Beeindigd = "beeindigd";
}
