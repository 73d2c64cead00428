using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>
/// A TCP proxy between one browser context and Kestrel that can lose the network on demand: <see cref="OnderbreekAsync"/>
/// resets every forwarded connection (both sides see a broken socket, as when wifi drops) and refuses new ones until
/// <see cref="Herstel"/>. Playwright's offline mode is no substitute: under it an open WebSocket is not closed (Blazor shows
/// no reconnect dialog), so the server never sees the circuit disconnect.
/// </summary>
public sealed class OnderbreekbareProxy : IAsyncDisposable
{
    private readonly TcpListener _luisteraar = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _doel;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Doorgifte, byte> _doorgiftes = new();
    private readonly Task _aannemen;
    private volatile bool _onderbroken;

    public OnderbreekbareProxy(string doelUrl)
    {
        var doel = new Uri(doelUrl);
        _doel = new IPEndPoint(IPAddress.Parse(doel.Host), doel.Port);
        _luisteraar.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_luisteraar.LocalEndpoint).Port}";
        _aannemen = NeemAanAsync();
    }

    /// <summary>The portal's address through this proxy. Cookies ignore the port, so a login here holds for the portal.</summary>
    public string BaseUrl { get; }

    /// <summary>Resets every open connection and refuses new ones: the browser's WebSocket breaks, its reconnect attempts fail.</summary>
    public async Task OnderbreekAsync()
    {
        _onderbroken = true;
        var lopend = _doorgiftes.Keys.ToList();
        foreach (var doorgifte in lopend)
        {
            doorgifte.Verbreek(hard: true);
        }
        await Task.WhenAll(lopend.Select(d => d.Klaar));
    }

    public void Herstel() => _onderbroken = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _luisteraar.Stop();
        await OnderbreekAsync();
        try
        {
            await _aannemen;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private async Task NeemAanAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket browserKant;
            try
            {
                browserKant = await _luisteraar.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_onderbroken)
            {
                Reset(browserKant);
                continue;
            }
            var doorgifte = new Doorgifte(browserKant);
            _doorgiftes[doorgifte] = 0;
            doorgifte.Klaar = GeefDoorAsync(doorgifte);
        }
    }

    private async Task GeefDoorAsync(Doorgifte doorgifte)
    {
        try
        {
            await doorgifte.Portal.ConnectAsync(_doel, _stop.Token);
            await Task.WhenAny(KopieerAsync(doorgifte.Browser, doorgifte.Portal), KopieerAsync(doorgifte.Portal, doorgifte.Browser));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            // One side ended the connection itself: pass that on gently, so the last bytes still arrive.
            doorgifte.Verbreek(hard: false);
            _doorgiftes.TryRemove(doorgifte, out _);
        }
    }

    private static async Task KopieerAsync(Socket van, Socket naar)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int gelezen;
            while ((gelezen = await van.ReceiveAsync(buffer)) > 0)
            {
                await naar.SendAsync(buffer.AsMemory(0, gelezen));
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }

    // Linger 0: close sends a RST, so neither side waits for a goodbye that a dropped network never sends.
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static void Sluit(Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
        socket.Close();
    }

    private sealed class Doorgifte(Socket browser)
    {
        private int _verbroken;

        public Socket Browser { get; } = browser;
        public Socket Portal { get; } = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        public Task Klaar { get; set; } = Task.CompletedTask;

        public void Verbreek(bool hard)
        {
            if (Interlocked.Exchange(ref _verbroken, 1) == 0)
            {
                Action<Socket> sluit = hard ? Reset : Sluit;
                sluit(Browser);
                sluit(Portal);
            }
        }
    }
}
