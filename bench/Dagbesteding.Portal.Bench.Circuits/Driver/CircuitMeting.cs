using System.Diagnostics;
using Dagbesteding.Portal.Bench.Circuits.Client;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>Memory of N idle circuits on one server, as heap growth over the heap before the first circuit.</summary>
public sealed record GeheugenRij(string Pagina, int Aantal, long HeapVoor, long HeapNa, TimeSpan OpenDuur, int Mislukt)
{
    public double KibPerCircuit => (HeapNa - HeapVoor) / 1024.0 / Aantal;

    public static string Kop => "| page | N | heap before | heap with N open | per circuit | opening took | failed to open |\n|---|---|---|---|---|---|---|";

    public string AlsRij() =>
        $"| {Pagina} | {Aantal} | {HeapVoor / 1048576.0:0.0} MiB | {HeapNa / 1048576.0:0.0} MiB | {KibPerCircuit:0} KiB | {OpenDuur.TotalSeconds:0.0} s | {Mislukt} |";
}

/// <summary>
/// Opens circuits level by level (10, then 90 more, …), and at every level: the heap, a run of updates with every
/// circuit connected, and a run with 10 % of them dropped without goodbye. The dropped ones are then ended with the
/// disconnect beacon, so the next level starts from healthy circuits only.
/// </summary>
public sealed class CircuitMeting(ServerProces server, Instellingen instellingen)
{
    public List<Statistiek> Latenties { get; } = [];

    public List<GeheugenRij> Geheugen { get; } = [];

    public async Task MeetPaginaAsync(PaginaScenario scenario)
    {
        var cookie = await Inloggen.CookieAsync(server.AppUrl, scenario.Email);
        using var http = NieuweHttp(server.AppUrl);
        var heapVoor = await NaOpwarmenAsync(() => new CircuitClient(server.AppUrl, scenario.Pad, cookie, scenario.KlaarMarker), http);
        var clients = new List<CircuitClient>();
        try
        {
            foreach (var aantal in scenario.Naam == PaginaScenario.Casussen.Naam ? instellingen.AantallenCasussen : instellingen.Aantallen)
            {
                var (duur, mislukt) = await OpenTotAsync(clients, aantal, () => new CircuitClient(server.AppUrl, scenario.Pad, cookie, scenario.KlaarMarker), http);
                await Task.Delay(TimeSpan.FromSeconds(2));
                Geheugen.Add(new GeheugenRij(scenario.Naam, clients.Count, heapVoor, await server.HeapAsync(), duur, mislukt));
                Console.WriteLine(Geheugen[^1].AlsRij());
                if (clients.Count == 0)
                {
                    break;
                }
                var laatsteNiveau = mislukt > 0;

                Latenties.Add(await UpdatesAsync(scenario, clients, $"{scenario.Naam}, all connected", clients.Count));
                Console.WriteLine(Latenties[^1].AlsRij());

                var weg = clients.Skip(clients.Count - Math.Max(1, clients.Count / 10)).ToList();
                foreach (var client in weg)
                {
                    client.Verbreek();
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
                var rest = clients.Take(clients.Count - weg.Count).ToList();
                Latenties.Add(await UpdatesAsync(scenario, rest, $"{scenario.Naam}, {weg.Count} of {clients.Count} dropped", clients.Count));
                Console.WriteLine(Latenties[^1].AlsRij());
                foreach (var client in weg)
                {
                    await client.SluitAsync(http);
                }
                clients = rest;
                if (laatsteNiveau)
                {
                    Console.WriteLine($"  {scenario.Naam}: {mislukt} circuits niet geopend (fout of tijdbudget); hogere N overgeslagen.");
                    break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.SluitAsync(http)));
        }
    }

    /// <summary>The blank template page: only its memory per idle circuit.</summary>
    public async Task MeetSjabloonAsync()
    {
        using var http = NieuweHttp(server.AppUrl);
        var klaar = System.Text.Encoding.UTF8.GetBytes("Hello, world!"); // inside the page's one markup string
        var heapVoor = await NaOpwarmenAsync(() => new CircuitClient(server.AppUrl, "", "", klaar), http);
        var clients = new List<CircuitClient>();
        try
        {
            foreach (var aantal in instellingen.Aantallen)
            {
                var (duur, mislukt) = await OpenTotAsync(clients, aantal, () => new CircuitClient(server.AppUrl, "", "", klaar), http);
                await Task.Delay(TimeSpan.FromSeconds(2));
                Geheugen.Add(new GeheugenRij("template Home", clients.Count, heapVoor, await server.HeapAsync(), duur, mislukt));
                Console.WriteLine(Geheugen[^1].AlsRij());
            }
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.SluitAsync(http)));
        }
    }

    /// <summary>
    /// The heap "before", taken after one circuit was opened and closed again: the first circuit of a page pays for
    /// JIT, Razor and EF caches that every later circuit shares, which is not memory per circuit.
    /// </summary>
    private async Task<long> NaOpwarmenAsync(Func<CircuitClient> nieuw, HttpClient http)
    {
        var opwarmen = new List<CircuitClient>();
        await OpenTotAsync(opwarmen, 1, nieuw, http);
        await Task.WhenAll(opwarmen.Select(c => c.SluitAsync(http)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        return await server.HeapAsync();
    }

    private async Task<(TimeSpan Duur, int Mislukt)> OpenTotAsync(List<CircuitClient> clients, int aantal, Func<CircuitClient> nieuw, HttpClient http)
    {
        var stopwatch = Stopwatch.StartNew();
        var mislukt = 0;
        using var slot = new SemaphoreSlim(instellingen.Parallel);
        var taken = Enumerable.Range(0, Math.Max(0, aantal - clients.Count)).Select(async _ =>
        {
            await slot.WaitAsync();
            if (stopwatch.Elapsed > instellingen.OpenBudget)
            {
                // Over the time budget of this level: report how far it got instead of running for an hour.
                Interlocked.Increment(ref mislukt);
                slot.Release();
                return;
            }
            var client = nieuw();
            try
            {
                await client.OpenAsync(http, CancellationToken.None);
                await client.Klaar.WaitAsync(TimeSpan.FromSeconds(60));
                lock (clients)
                {
                    clients.Add(client);
                }
            }
            catch (Exception ex)
            {
                if (Interlocked.Increment(ref mislukt) <= 3)
                {
                    Console.WriteLine($"  circuit niet geopend: {ex.GetType().Name}: {ex.Message} {client.Fout}");
                }
                await client.DisposeAsync();
            }
            finally
            {
                slot.Release();
            }
        });
        await Task.WhenAll(taken);
        return (stopwatch.Elapsed, mislukt);
    }

    private async Task<Statistiek> UpdatesAsync(PaginaScenario scenario, List<CircuitClient> clients, string naam, int aantal)
    {
        var latenties = new List<double>();
        var postDuren = new List<double>();
        var ontvangen = 0;
        var minste = int.MaxValue;
        var updates = 0;
        var valsAlarm = 0;
        string? opmerking = null;
        for (var u = 0; u < instellingen.Updates; u++)
        {
            var (sentinel, post) = await scenario.Bereid(server);
            foreach (var client in clients)
            {
                client.Wapen(sentinel);
            }
            // The control: without the update, no batch may show the sentinel (a card's kenmerk is on the board
            // already; only its re-creation in the new column may write it into a batch).
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            valsAlarm += clients.Count(c => c.OntvangenOp != 0);
            foreach (var client in clients)
            {
                client.Wapen(sentinel);
            }
            // The post runs while we watch the circuits: with a serial bus the call itself waits for every circuit.
            var deadline = Stopwatch.GetTimestamp() + (long)(instellingen.Wachttijd.TotalSeconds * Stopwatch.Frequency);
            var postTaak = post();
            while (clients.Any(c => c.OntvangenOp == 0) && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(5);
            }
            var antwoord = await postTaak;
            postDuren.Add(antwoord.Einde == 0 ? double.PositiveInfinity : Stopwatch.GetElapsedTime(antwoord.Start, antwoord.Einde).TotalMilliseconds);
            updates++;
            var binnen = clients.Where(c => c.OntvangenOp != 0).ToList();
            latenties.AddRange(binnen.Select(c => Stopwatch.GetElapsedTime(antwoord.Start, c.OntvangenOp).TotalMilliseconds));
            ontvangen += binnen.Count;
            minste = Math.Min(minste, binnen.Count);
            if (binnen.Count < clients.Count)
            {
                opmerking = $"{clients.Count - binnen.Count} left behind after {instellingen.Wachttijd.TotalSeconds:0} s in update {u + 1}; ";
                break; // the next update would only queue behind this one
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        postDuren.Sort();
        opmerking += valsAlarm == 0 ? "" : $"{valsAlarm} batches showed the sentinel before the update; ";
        var mediaan = postDuren[postDuren.Count / 2];
        opmerking += double.IsPositiveInfinity(mediaan)
            ? $"post call still running after {instellingen.Wachttijd.TotalSeconds:0} s"
            : $"post call p50 {mediaan:0} ms";
        return new Statistiek(naam, aantal, updates, ontvangen, updates * clients.Count, minste, latenties, opmerking);
    }

    public static HttpClient NieuweHttp(string baseUrl) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
}
