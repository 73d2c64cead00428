using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>One e-mail: the id makes its Message-ID, so a resend after a crash is recognisable as the same message.</summary>
public sealed record EmailBericht(string Id, string Aan, string Onderwerp, string Tekst, DateTimeOffset Op);

/// <summary>
/// Sends e-mail over SMTP with MailKit. A session keeps one connection for a run of the delivery job and reconnects after
/// a failure. A 5xx answer for the recipient is a bounce at submission (<see cref="Afloop.Blijvend"/>); a connection that
/// fails, a timeout or a 4xx is <see cref="Afloop.Tijdelijk"/>: the delivery waits and is tried again.
/// </summary>
public sealed class EmailAfzender(IOptions<MeldingenOptions> options)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public bool Beschikbaar => options.Value.Email is { Enabled: true, Host.Length: > 0 };

    public Sessie OpenSessie() => new(options.Value);

    public sealed class Sessie(MeldingenOptions options) : IAsyncDisposable
    {
        private SmtpClient? _client;

        public async Task<Verzendresultaat> StuurAsync(EmailBericht bericht, CancellationToken cancellationToken)
        {
            var email = options.Email;
            MimeMessage message;
            try
            {
                message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(email.Afzender));
                message.To.Add(MailboxAddress.Parse(bericht.Aan));
            }
            catch (ParseException)
            {
                return new Verzendresultaat(Afloop.Blijvend, "Ongeldig e-mailadres");
            }
            message.Subject = bericht.Onderwerp;
            message.Date = bericht.Op;
            message.MessageId = $"{bericht.Id}@{Domein(email.Afzender)}";
            message.Body = new TextPart("plain") { Text = bericht.Tekst };
            try
            {
                var client = await VerbindAsync(cancellationToken);
                await client.SendAsync(message, cancellationToken);
                return new Verzendresultaat(Afloop.Verstuurd);
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500 && ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
            {
                // The status only: the server's text usually repeats the address, which belongs in no log.
                return new Verzendresultaat(Afloop.Blijvend, $"De mailserver weigert het adres ({(int)ex.StatusCode})");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Anything else (connection, TLS, authentication, a 4xx or another 5xx) may pass: the delivery waits and is
                // tried again, up to its limit, and the run goes on.
                await SluitAsync();
                return new Verzendresultaat(Afloop.Tijdelijk, $"Mailserver niet bereikbaar of weigert tijdelijk: {ex.GetType().Name}");
            }
        }

        private async Task<SmtpClient> VerbindAsync(CancellationToken cancellationToken)
        {
            if (_client is { IsConnected: true })
            {
                return _client;
            }
            var email = options.Email;
            var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            try
            {
                await client.ConnectAsync(email.Host, email.Port, Enum.Parse<SecureSocketOptions>(email.Beveiliging, ignoreCase: true), cancellationToken);
                if (email.Gebruikersnaam.Length > 0)
                {
                    await client.AuthenticateAsync(email.Gebruikersnaam, email.Wachtwoord, cancellationToken);
                }
            }
            catch
            {
                client.Dispose();
                throw;
            }
            _client = client;
            return client;
        }

        private async Task SluitAsync()
        {
            if (_client is null)
            {
                return;
            }
            try
            {
                if (_client.IsConnected)
                {
                    await _client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or OperationCanceledException)
            {
            }
            _client.Dispose();
            _client = null;
        }

        public async ValueTask DisposeAsync() => await SluitAsync();
    }

    private static string Domein(string afzender)
    {
        var adres = MailboxAddress.TryParse(afzender, out var mailbox) ? mailbox.Address : "";
        var at = adres.LastIndexOf('@');
        return at >= 0 ? adres[(at + 1)..] : "dagbesteding-portal";
    }
}
