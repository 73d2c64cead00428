using System.Text;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Features.Meldingen;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Beheer.Medewerkers;

/// <summary>
/// The one-time link with which a new person sets their password (<c>/account/wachtwoord-instellen</c>). It carries
/// Identity's password-reset token: it expires after <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>
/// and works once, because setting the password changes the security stamp the token is bound to. The token is
/// never logged and never stored; whoever made it sees the link once.
/// </summary>
public sealed class Uitnodigingen(
    IOptions<MeldingenOptions> meldingen,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    EmailAfzender email,
    TimeProvider time,
    ILogger<Uitnodigingen> logger)
{
    public const string Pad = "/account/wachtwoord-instellen";

    public async Task<(string Link, DateTimeOffset GeldigTot)> MaakLinkAsync(UserManager<PortalGebruiker> users, PortalGebruiker gebruiker)
    {
        var token = await users.GeneratePasswordResetTokenAsync(gebruiker);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var basis = meldingen.Value.PortalUrl.TrimEnd('/');
        return ($"{basis}{Pad}?id={Uri.EscapeDataString(gebruiker.Id)}&code={code}", time.GetUtcNow() + tokens.Value.TokenLifespan);
    }

    public static string? LeesCode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// E-mails the link when e-mail is set up. A failure is logged (without address or link) and reported as "not
    /// sent": the person was created all the same and the inviter passes the link on.
    /// </summary>
    public async Task<bool> MailAsync(string aan, string naam, string link, DateTimeOffset geldigTot, CancellationToken cancellationToken)
    {
        if (!email.Beschikbaar)
        {
            return false;
        }
        var tot = TimeZoneInfo.ConvertTime(geldigTot, Domain.Werkdagen.WerkdagKalender.Tijdzone);
        var tekst = $"Beste {naam},\n\nEr is een account voor u gemaakt in de Dagbesteding Portal. Kies uw wachtwoord via deze link " +
            $"(eenmalig te gebruiken, geldig tot {tot:dd-MM-yyyy HH:mm}):\n\n{link}\n\nVerwachtte u dit bericht niet? Dan kunt u het negeren.";
        try
        {
            await using var sessie = email.OpenSessie();
            var resultaat = await sessie.StuurAsync(new EmailBericht(Guid.NewGuid().ToString("N"), aan, "Uw account voor de Dagbesteding Portal", tekst, time.GetUtcNow()),
                cancellationToken);
            if (resultaat.Afloop != Afloop.Verstuurd)
            {
                logger.LogWarning("Uitnodiging niet per e-mail verstuurd: {Fout}.", resultaat.Fout);
            }
            return resultaat.Afloop == Afloop.Verstuurd;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Uitnodiging niet per e-mail verstuurd ({Soort}).", ex.GetType().Name);
            return false;
        }
    }
}
