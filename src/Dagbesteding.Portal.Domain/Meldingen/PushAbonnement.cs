namespace Dagbesteding.Portal.Domain.Meldingen;

/// <summary>
/// One device (a browser profile) that receives Web Push for a medewerker. The endpoint is unique: a device belongs to
/// whoever switched push on there last.
/// </summary>
public class PushAbonnement
{
    public long Id { get; set; }
    public int MedewerkerId { get; set; }
    public required string Endpoint { get; set; }
    /// <summary>The browser's P-256 public key and auth secret (base64url), used to encrypt each message (RFC 8291).</summary>
    public required string P256dh { get; set; }
    public required string Auth { get; set; }
    /// <summary>A short description for the settings page ("Chrome op Android"), from the browser's user agent.</summary>
    public required string Apparaat { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? LaatstVerstuurdOp { get; set; }
}
