using Dagbesteding.Portal.Domain.Meldingen;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>Settings "Meldingen": working hours for quiet hours, Web Push and e-mail (see appsettings.template.json).</summary>
public sealed class MeldingenOptions
{
    public const string Section = "Meldingen";

    public TimeOnly WerktijdVan { get; set; } = Werktijden.Standaard.Van;
    public TimeOnly WerktijdTot { get; set; } = Werktijden.Standaard.Tot;
    /// <summary>The portal's public address, for the links in e-mails (e.g. https://dagbesteding.amsterdam.nl).</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";
    public PushOptions Push { get; set; } = new();
    public EmailOptions Email { get; set; } = new();

    public Werktijden Werktijden => new(WerktijdVan, WerktijdTot);
}

public sealed class PushOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>VAPID key pair (base64url: the 65-byte public point, the 32-byte private scalar). Empty outside
    /// Production: generated once and kept in <see cref="SleutelBestand"/>.</summary>
    public string PublicKey { get; set; } = "";
    public string PrivateKey { get; set; } = "";
    /// <summary>Who the push services may contact about this sender (RFC 8292): mailto: or https:.</summary>
    public string Subject { get; set; } = "mailto:beheer@example.org";
    public string SleutelBestand { get; set; } = "App_Data/vapid-sleutels.json";
    /// <summary>
    /// Hosts a subscription's endpoint may point at: the browsers' push services. The server posts to these URLs, so
    /// an arbitrary URL would let anyone make the server call inside the network. "*." allows subdomains.
    /// </summary>
    public string[] ToegestaneHosts { get; set; } =
    [
        "fcm.googleapis.com", "*.push.services.mozilla.com", "updates.push.services.mozilla.com",
        "web.push.apple.com", "*.push.apple.com", "*.notify.windows.com",
    ];
    /// <summary>Hours a push service keeps a message for a device that is offline; older news is not worth a buzz.</summary>
    public int TtlUren { get; set; } = 24;
}

public sealed class EmailOptions
{
    /// <summary>Off in the embedded profile: nothing is sent until a mail server is configured.</summary>
    public bool Enabled { get; set; }
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>None, Auto, StartTls or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Beveiliging { get; set; } = "StartTls";
    public string Gebruikersnaam { get; set; } = "";
    public string Wachtwoord { get; set; } = "";
    public string Afzender { get; set; } = "Dagbesteding Portal <noreply@example.org>";
}
