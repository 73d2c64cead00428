using System.Net.Sockets;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Dagbesteding.Portal.IntegrationTests.Meldingen;

/// <summary>
/// The test SMTP server itself: mail tests lean on it to tell a delivered message from a bounce or an outage, so it
/// must behave like a real relay towards the client the app uses (MailKit).
/// </summary>
public sealed class LokaleSmtpServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Termijn = TimeSpan.FromSeconds(10);
    private LokaleSmtpServer _server = default!;

    public async Task InitializeAsync() => _server = await LokaleSmtpServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AcceptedMessage_ArrivesWithSubjectAndBodyIntact()
    {
        var onderwerp = "Nieuwe adviesvraag: één casus in Geuzenveld — reactie gevraagd";
        var tekst = "Beste coördinator,\n\nEr is een vraag over dagbesteding voor een cliënt (ruïne-project, café ’t Hoekje).\nMet vriendelijke groet";
        var wachten = _server.WachtOpAsync(b => b.Subject == onderwerp, Termijn);

        await VerstuurAsync(Bericht("coordinator.west@example.org", onderwerp, tekst));

        var ontvangen = await wachten;
        Assert.Equal(onderwerp, ontvangen.Subject);
        Assert.Equal(tekst, (ontvangen.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal("coordinator.west@example.org", Assert.Single(ontvangen.To.Mailboxes).Address);
        Assert.Single(_server.Berichten);
    }

    [Fact]
    public async Task RefusedRecipient_IsAPermanent550_AndNothingIsStored()
    {
        _server.WeigerOntvanger("bestaat.niet@example.org");

        var fout = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            VerstuurAsync(Bericht("bestaat.niet@example.org", "Herinnering evaluatie", "Tekst")));

        Assert.Equal(SmtpStatusCode.MailboxUnavailable, fout.StatusCode);
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, fout.ErrorCode);
        Assert.Empty(_server.Berichten);
    }

    [Fact]
    public async Task TemporaryRefusal_Is451_UntilSwitchedOff()
    {
        _server.WeigerTijdelijk(true);
        var fout = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            VerstuurAsync(Bericht("wpi.west@example.org", "Tijdelijk", "Tekst")));
        Assert.Equal(451, (int)fout.StatusCode);
        Assert.Empty(_server.Berichten);

        _server.WeigerTijdelijk(false);
        await VerstuurAsync(Bericht("wpi.west@example.org", "Tweede poging", "Tekst"));
        await _server.WachtOpAsync(b => b.Subject == "Tweede poging", Termijn);
    }

    [Fact]
    public async Task StoppedServer_RefusesTheConnection_AndAcceptsMailAgainAfterARestartOnTheSamePort()
    {
        var poort = _server.Poort;
        await _server.StopAsync();

        var fout = await Assert.ThrowsAnyAsync<Exception>(() => VerstuurAsync(Bericht("aanbieder.west@example.org", "Tijdens storing", "Tekst")));
        Assert.True(fout is SocketException or IOException, $"expected a refused connection, got {fout.GetType().Name}: {fout.Message}");

        await _server.StartOpnieuwAsync();
        Assert.Equal(poort, _server.Poort);
        await VerstuurAsync(Bericht("aanbieder.west@example.org", "Na de storing", "Tekst"));
        var ontvangen = await _server.WachtOpAsync(b => b.Subject == "Na de storing", Termijn);
        Assert.Equal("Tekst", (ontvangen.TextBody ?? "").TrimEnd());
        Assert.Single(_server.Berichten);
    }

    private static MimeMessage Bericht(string aan, string onderwerp, string tekst)
    {
        var bericht = new MimeMessage();
        bericht.From.Add(new MailboxAddress("Dagbesteding Portal", "portal@example.org"));
        bericht.To.Add(MailboxAddress.Parse(aan));
        bericht.Subject = onderwerp;
        bericht.Body = new TextPart("plain") { Text = tekst };
        return bericht;
    }

    private async Task VerstuurAsync(MimeMessage bericht)
    {
        using var client = new SmtpClient { Timeout = (int)Termijn.TotalMilliseconds };
        await client.ConnectAsync(_server.Host, _server.Poort, SecureSocketOptions.None);
        await client.SendAsync(bericht);
        await client.DisconnectAsync(quit: true);
    }
}
