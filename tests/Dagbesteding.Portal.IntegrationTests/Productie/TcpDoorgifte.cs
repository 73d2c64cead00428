using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// A TCP relay between the app and a database server that the test can take away: <see cref="Sluit"/> resets every
/// open connection and every new one (as a stopped server or a closed port does), <see cref="Zwijg"/> keeps the
/// connections open but lets nothing through (a server or network that hangs), <see cref="Open"/> relays again.
/// The shared test server itself is never stopped.
/// </summary>
public sealed class TcpDoorgifte : IAsyncDisposable
{
    private enum Modus
    {
        Open,
        Dicht,
        Stil,
    }

    private readonly TcpListener _luisteraar = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _doel;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly Task _aannemen;
    private volatile Modus _modus = Modus.Open;

    public TcpDoorgifte(string host, int poort)
    {
        _doel = new IPEndPoint(IPAddress.Parse(host), poort);
        _luisteraar.Start();
        Poort = ((IPEndPoint)_luisteraar.LocalEndpoint).Port;
        _aannemen = NeemAanAsync();
    }

    public int Poort { get; }

    public void Sluit()
    {
        _modus = Modus.Dicht;
        foreach (var socket in _sockets.Keys)
        {
            Reset(socket);
        }
    }

    public void Zwijg() => _modus = Modus.Stil;

    public void Open() => _modus = Modus.Open;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _luisteraar.Stop();
        Sluit();
        await _aannemen;
        _stop.Dispose();
    }

    private async Task NeemAanAsync()
    {
        while (true)
        {
            Socket app;
            try
            {
                app = await _luisteraar.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            switch (_modus)
            {
                case Modus.Dicht:
                    Reset(app);
                    break;
                case Modus.Stil:
                    // Accepted and then nothing: the client waits for an answer that never comes.
                    _sockets.TryAdd(app, 0);
                    break;
                default:
                    _ = VerbindAsync(app);
                    break;
            }
        }
    }

    private async Task VerbindAsync(Socket app)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _sockets.TryAdd(app, 0);
        _sockets.TryAdd(server, 0);
        try
        {
            await server.ConnectAsync(_doel, _stop.Token);
            await Task.WhenAny(PompAsync(app, server), PompAsync(server, app));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            Reset(app);
            Reset(server);
        }
    }

    private async Task PompAsync(Socket van, Socket naar)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var gelezen = await van.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (gelezen == 0)
                {
                    return;
                }
                if (_modus == Modus.Stil)
                {
                    // Swallowed: the connection stays open and silent.
                    continue;
                }
                await naar.SendAsync(buffer.AsMemory(0, gelezen), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private void Reset(Socket socket)
    {
        _sockets.TryRemove(socket, out _);
        try
        {
            // Linger 0: close with a reset, as a server that is gone.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }
}
