using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server inside the test process (127.0.0.1, a free port, no TLS, no authentication), so the app's mail
/// is sent over a real socket and the test reads what arrived. It can refuse a recipient (a bounce at submission),
/// answer every sender or recipient with a temporary error, and go down and come back on the same port, the way a
/// mail relay misbehaves in production.
/// </summary>
public sealed class LokaleSmtpServer : IAsyncDisposable
{
    private readonly Lock _slot = new();
    private readonly List<MimeMessage> _berichten = [];
    private readonly List<Wachter> _wachters = [];
    private readonly ConcurrentDictionary<string, byte> _geweigerdeOntvangers = new(StringComparer.OrdinalIgnoreCase);
    private volatile bool _weigerTijdelijk;
    private CancellationTokenSource? _stop;
    private Task _draait = Task.CompletedTask;

    private LokaleSmtpServer()
    {
    }

    /// <summary>The port on 127.0.0.1; it stays the same across <see cref="StopAsync"/> and <see cref="StartOpnieuwAsync"/>.</summary>
    public int Poort { get; private set; }

    public string Host => "127.0.0.1";

    /// <summary>Every accepted message in order of arrival (a snapshot: later arrivals do not change it).</summary>
    public IReadOnlyList<MimeMessage> Berichten
    {
        get
        {
            lock (_slot)
            {
                return [.. _berichten];
            }
        }
    }

    public static async Task<LokaleSmtpServer> StartAsync()
    {
        var server = new LokaleSmtpServer();
        // Port 0: the operating system picks a free port, so parallel test classes never collide; the real port is
        // read from the listener once it is bound, and reused on a restart.
        await server.StartOpPoortAsync(0);
        return server;
    }

    /// <summary>RCPT TO for this address is answered with a permanent 550, as a relay does for an unknown mailbox.</summary>
    public void WeigerOntvanger(string adres) => _geweigerdeOntvangers[adres.Trim()] = 0;

    /// <summary>While on, every MAIL FROM and RCPT TO is answered with a temporary 451 (the relay is overloaded).</summary>
    public void WeigerTijdelijk(bool aan) => _weigerTijdelijk = aan;

    /// <summary>Takes the server down: the port is closed (connections are refused) and open sessions are ended.</summary>
    public async Task StopAsync()
    {
        var stop = _stop;
        if (stop is null)
        {
            return;
        }
        _stop = null;
        await stop.CancelAsync();
        try
        {
            await _draait;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    /// <summary>Brings a stopped server back on the same port.</summary>
    public async Task StartOpnieuwAsync()
    {
        if (_stop is not null)
        {
            throw new InvalidOperationException("De SMTP-server draait al.");
        }
        await StartOpPoortAsync(Poort);
    }

    /// <summary>
    /// Completes when a message matching <paramref name="filter"/> has arrived, including one that arrived before the call
    /// (so a test never misses a message sent before it started waiting); throws <see cref="TimeoutException"/> after
    /// <paramref name="timeout"/>.
    /// </summary>
    public async Task<MimeMessage> WachtOpAsync(Func<MimeMessage, bool> filter, TimeSpan timeout)
    {
        Wachter wachter;
        lock (_slot)
        {
            if (_berichten.FirstOrDefault(filter) is { } al)
            {
                return al;
            }
            // Continuations run elsewhere: completing the wait must not run the test's code inside the SMTP session.
            wachter = new Wachter(filter, new TaskCompletionSource<MimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously));
            _wachters.Add(wachter);
        }
        try
        {
            return await wachter.Klaar.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Binnen {timeout.TotalSeconds:0.#} s kwam geen bericht aan dat aan de voorwaarde voldoet ({Berichten.Count} andere ontvangen).");
        }
        finally
        {
            lock (_slot)
            {
                _wachters.Remove(wachter);
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartOpPoortAsync(int poort)
    {
        var opties = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, poort)).IsSecure(false))
            .Build();

        // The listener reports the port it was bound to; with port 0 that is the only way to learn it.
        var luisteraars = new EndpointListenerFactory();
        var gebonden = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        luisteraars.EndpointStarted += (_, e) => gebonden.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var diensten = new ServiceProvider();
        diensten.Add(luisteraars);
        diensten.Add(new Postvakfilter(this));
        diensten.Add(new Opslag(this));

        var stop = new CancellationTokenSource();
        // The host is new each time: its Shutdown() token can only be used once, a cancelled start token likewise.
        var draait = new SmtpServerHost(opties, diensten).StartAsync(stop.Token);
        var klaar = await Task.WhenAny(gebonden.Task, draait);
        if (klaar != gebonden.Task)
        {
            // Binding failed (the port was taken while the server was down): surface the listener's own exception.
            await draait;
            throw new InvalidOperationException($"De SMTP-server kon niet luisteren op poort {poort}.");
        }
        Poort = await gebonden.Task;
        _stop = stop;
        _draait = draait;
    }

    private void Bewaar(MimeMessage bericht)
    {
        List<Wachter> vervuld;
        lock (_slot)
        {
            _berichten.Add(bericht);
            vervuld = _wachters.Where(w => w.Filter(bericht)).ToList();
            _wachters.RemoveAll(vervuld.Contains);
        }
        foreach (var wachter in vervuld)
        {
            wachter.Klaar.TrySetResult(bericht);
        }
    }

    private static SmtpResponseException Tijdelijk() =>
        new(new SmtpResponse(SmtpReplyCode.Aborted, "4.3.0 tijdelijk niet beschikbaar, probeer het later opnieuw"));

    private sealed record Wachter(Func<MimeMessage, bool> Filter, TaskCompletionSource<MimeMessage> Klaar);

    private sealed class Postvakfilter(LokaleSmtpServer server) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            server._weigerTijdelijk ? throw Tijdelijk() : Task.FromResult(true);

        // false makes the library answer 550 (mailbox unavailable): a permanent refusal of that one recipient.
        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            server._weigerTijdelijk
                ? throw Tijdelijk()
                : Task.FromResult(!server._geweigerdeOntvangers.ContainsKey($"{to.User}@{to.Host}"));
    }

    private sealed class Opslag(LokaleSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stroom = new MemoryStream(buffer.ToArray());
            server.Bewaar(await MimeMessage.LoadAsync(stroom, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
