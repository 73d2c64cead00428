using System.Diagnostics;
using Dagbesteding.Portal.Bench.Circuits.Server;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>
/// The baseline: N plain SignalR WebSocket connections to the bare hub of the template server; one broadcast per
/// update. What SignalR and this machine cost on their own, without Blazor, the portal's bus, queries or rendering.
/// </summary>
public sealed class HubMeting(ServerProces server, Instellingen instellingen, CircuitMeting meting)
{
    public async Task MeetAsync()
    {
        var heapVoor = await server.HeapAsync();
        var verbindingen = new List<(HubConnection Hub, long[] Ontvangen)>();
        string? huidig = null;
        try
        {
            foreach (var aantal in instellingen.Aantallen)
            {
                var stopwatch = Stopwatch.StartNew();
                using var slot = new SemaphoreSlim(Math.Max(instellingen.Parallel, 32));
                await Task.WhenAll(Enumerable.Range(0, aantal - verbindingen.Count).Select(async _ =>
                {
                    await slot.WaitAsync();
                    try
                    {
                        var ontvangen = new long[1];
                        var hub = new HubConnectionBuilder()
                            .WithUrl(new Uri(new Uri(server.AppUrl), EchoHub.Pad.TrimStart('/')), o =>
                            {
                                o.Transports = HttpTransportType.WebSockets;
                                o.SkipNegotiation = true;
                            })
                            .Build();
                        hub.On<string>(EchoHub.Bericht, s =>
                        {
                            var nu = Stopwatch.GetTimestamp();
                            if (s == Volatile.Read(ref huidig))
                            {
                                Interlocked.CompareExchange(ref ontvangen[0], nu, 0);
                            }
                        });
                        await hub.StartAsync();
                        lock (verbindingen)
                        {
                            verbindingen.Add((hub, ontvangen));
                        }
                    }
                    finally
                    {
                        slot.Release();
                    }
                }));
                var duur = stopwatch.Elapsed;
                await Task.Delay(TimeSpan.FromSeconds(2));
                meting.Geheugen.Add(new GeheugenRij("bare SignalR hub", verbindingen.Count, heapVoor, await server.HeapAsync(), duur, 0));
                Console.WriteLine(meting.Geheugen[^1].AlsRij());

                var latenties = new List<double>();
                var ontvangenTotaal = 0;
                var minste = int.MaxValue;
                for (var u = 0; u < instellingen.Updates; u++)
                {
                    foreach (var (_, ontvangen) in verbindingen)
                    {
                        ontvangen[0] = 0;
                    }
                    var sentinel = Guid.NewGuid().ToString("N");
                    Volatile.Write(ref huidig, sentinel);
                    var deadline = Stopwatch.GetTimestamp() + (long)(instellingen.Wachttijd.TotalSeconds * Stopwatch.Frequency);
                    var postTaak = server.PostAsync($"broadcast?sentinel={sentinel}");
                    while (verbindingen.Any(v => Interlocked.Read(ref v.Ontvangen[0]) == 0) && Stopwatch.GetTimestamp() < deadline)
                    {
                        await Task.Delay(5);
                    }
                    var antwoord = await postTaak;
                    var binnen = verbindingen.Select(v => Interlocked.Read(ref v.Ontvangen[0])).Where(t => t != 0).ToList();
                    latenties.AddRange(binnen.Select(t => Stopwatch.GetElapsedTime(antwoord.Start, t).TotalMilliseconds));
                    ontvangenTotaal += binnen.Count;
                    minste = Math.Min(minste, binnen.Count);
                    await Task.Delay(TimeSpan.FromMilliseconds(250));
                }
                meting.Latenties.Add(new Statistiek("bare SignalR hub broadcast", aantal, instellingen.Updates, ontvangenTotaal,
                    instellingen.Updates * verbindingen.Count, minste, latenties));
                Console.WriteLine(meting.Latenties[^1].AlsRij());
            }
        }
        finally
        {
            await Task.WhenAll(verbindingen.Select(v => v.Hub.DisposeAsync().AsTask()));
        }
    }
}
