using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dagbesteding.Portal.Bench.Circuits.Client;

/// <summary>
/// One browser tab, without a browser: fetches the prerendered page with the sign-in cookie, starts a circuit on
/// /_blazor with the page's markers, acknowledges every render batch and answers every JS interop call, the way
/// blazor.web.js does. It keeps no DOM; it only looks for bytes in the render batches.
/// </summary>
public sealed class CircuitClient(string baseUrl, string pad, string cookie, byte[] klaarMarker) : IAsyncDisposable
{
    private readonly TaskCompletionSource _klaar = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _hub;
    private ClientWebSocket? _socket;
    private byte[]? _verwacht;
    private long _ontvangenOp;
    private int _gesloten;

    public string? CircuitId { get; private set; }

    public string? Fout { get; private set; }

    public int Batches;

    /// <summary>Called with the receive timestamp and the bytes of every render batch (the load test looks for many sentinels at once).</summary>
    public Action<long, byte[]>? BijBatch { get; set; }

    public bool Verbonden => _hub?.State == HubConnectionState.Connected;

    /// <summary>Resolves once a render batch contained the page's "ready" marker (the data is on screen).</summary>
    public Task Klaar => _klaar.Task;

    /// <summary>Every interop identifier seen, for finding what a page asks of the browser.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> JsAanroepen = new();

    public async Task OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (cookie.Length > 0)
        {
            verzoek.Headers.Add("Cookie", cookie);
        }
        using var antwoord = await http.SendAsync(verzoek, cancellationToken);
        antwoord.EnsureSuccessStatusCode();
        var markers = PaginaMarkers.Lees(await antwoord.Content.ReadAsStringAsync(cancellationToken));
        if (markers.Componenten.Count == 0)
        {
            throw new InvalidOperationException($"{pad}: geen interactieve componenten in de pagina.");
        }

        var builder = new HubConnectionBuilder().WithUrl(new Uri(new Uri(baseUrl), "_blazor"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            // Our own socket, so that Verbreek can drop it without a close frame, like a phone losing its network.
            o.WebSocketFactory = async (context, ct) =>
            {
                var socket = new ClientWebSocket();
                if (cookie.Length > 0)
                {
                    socket.Options.SetRequestHeader("Cookie", cookie);
                }
                await socket.ConnectAsync(context.Uri, ct);
                _socket = socket;
                return socket;
            };
        });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _hub = builder.Build();
        _hub.ServerTimeout = TimeSpan.FromMinutes(2);
        _hub.On<long, byte[]>("JS.RenderBatch", OpRenderBatchAsync);
        // .NET 10: asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType.
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OpInteropAsync);
        _hub.On<string>("JS.Error", fout =>
        {
            Fout ??= fout;
            _klaar.TrySetException(new InvalidOperationException(fout));
        });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        _hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        _hub.On<int, byte[]>("JS.ReceiveByteArray", (_, _) => { });
        _hub.On<long>("JS.BeginTransmitStream", _ => { });
        _hub.On<int, string, bool>("JS.EndLocationChanging", (_, _, _) => { });
        await _hub.StartAsync(cancellationToken);

        var uri = new Uri(new Uri(baseUrl), pad).ToString();
        // Like blazor.web.js: the circuit starts empty, the page's roots follow in the first UpdateRootComponents.
        CircuitId = await _hub.InvokeAsync<string?>("StartCircuit", new Uri(baseUrl).ToString(), uri, "[]", markers.Toestand, cancellationToken)
            ?? throw new InvalidOperationException($"{pad}: StartCircuit weigerde ({Fout}).");
        await _hub.SendAsync("UpdateRootComponents", markers.AlsOperaties(), markers.Toestand, cancellationToken);
    }

    /// <summary>From now on, note the first render batch that contains <paramref name="sentinel"/>.</summary>
    public void Wapen(byte[] sentinel)
    {
        Interlocked.Exchange(ref _ontvangenOp, 0);
        Volatile.Write(ref _verwacht, sentinel);
    }

    /// <summary>Stopwatch timestamp of the batch that showed the sentinel; 0 while none did.</summary>
    public long OntvangenOp => Interlocked.Read(ref _ontvangenOp);

    private async Task OpRenderBatchAsync(long batchId, byte[] batch)
    {
        var nu = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref Batches);
        BijBatch?.Invoke(nu, batch);
        if (Volatile.Read(ref _verwacht) is { } verwacht && batch.AsSpan().IndexOf(verwacht) >= 0)
        {
            Interlocked.CompareExchange(ref _ontvangenOp, nu, 0);
        }
        if (!_klaar.Task.IsCompleted && batch.AsSpan().IndexOf(klaarMarker) >= 0)
        {
            _klaar.TrySetResult();
        }
        try
        {
            await _hub!.SendAsync("OnRenderCompleted", batchId, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fout ??= ex.Message;
        }
    }

    private async Task OpInteropAsync(object?[] args)
    {
        var handle = (long)args[0]!;
        var identifier = (string)args[1]!;
        var resultType = (int)args[3]!;
        JsAanroepen.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        if (handle == 0)
        {
            return; // fire and forget: the server expects no answer
        }
        var resultaat = JsInteropAntwoorden.Voor(identifier, resultType);
        try
        {
            await _hub!.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{resultaat}]");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fout ??= ex.Message;
        }
    }

    /// <summary>Drops the WebSocket without a close frame and without the /_blazor/disconnect beacon: the server
    /// only sees the TCP connection end, and keeps the circuit as "disconnected" for a later reconnect.</summary>
    public void Verbreek() => _socket?.Abort();

    /// <summary>What a closing tab sends: the circuit is ended at once instead of being kept for a reconnect.</summary>
    public async Task SluitAsync(HttpClient http)
    {
        if (CircuitId is { } id)
        {
            // A browser's beacon carries the cookies; the portal sends a request without them to the login page.
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, "_blazor/disconnect")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = id }),
            };
            if (cookie.Length > 0)
            {
                verzoek.Headers.Add("Cookie", cookie);
            }
            using var antwoord = await http.SendAsync(verzoek);
            if (!antwoord.IsSuccessStatusCode)
            {
                Console.WriteLine($"  disconnect-beacon: {(int)antwoord.StatusCode} {antwoord.ReasonPhrase}");
            }
        }
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _gesloten, 1) == 0 && _hub is { } hub)
        {
            await hub.DisposeAsync();
        }
        _socket?.Dispose();
    }
}
