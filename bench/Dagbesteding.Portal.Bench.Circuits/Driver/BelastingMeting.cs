using System.Diagnostics;
using System.Text;
using Dagbesteding.Portal.Bench.Circuits.Client;
using Dagbesteding.Portal.Bench.Circuits.Server;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>
/// The load test (issue 15 point 4): generated members, each signed in with their own account and reading West's
/// feed in their own circuit, post questions, reply and open threads at random for a fixed time. Counted: every
/// refusal or exception, every acknowledged post that is not in the database exactly once afterwards, every feed
/// that did not show an acknowledged question; timed: the post call, the new question on every feed, opening a
/// thread. The baseline, in the same run: the same posts on the same portal before any circuit is open.
/// </summary>
public sealed class BelastingMeting(ServerProces server, Instellingen instellingen)
{
    private static readonly byte[] Voorvoegsel = Encoding.UTF8.GetBytes("Kenmerk bench ");
    private const int SentinelLengte = 10;

    private readonly List<(string Sentinel, BelastingServer.Antwoord Antwoord)> _vragen = [];
    private readonly List<(string Sentinel, BelastingServer.Antwoord Antwoord)> _reacties = [];
    private readonly List<double> _leesDuren = [];
    private readonly List<string> _fouten = [];
    private int _leesMislukt;

    public List<Statistiek> Rijen { get; } = [];

    public async Task MeetAsync()
    {
        var emails = await server.PostJsonAsync<string[]>($"belasting/leden?aantal={instellingen.Leden}&wachtwoord={Uri.EscapeDataString(Inloggen.Wachtwoord)}");
        var cookies = new string[emails.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Length), new ParallelOptions { MaxDegreeOfParallelism = instellingen.Parallel },
            async (i, _) => cookies[i] = await Inloggen.CookieAsync(server.AppUrl, emails[i]));

        await BasislijnAsync(emails);

        using var http = CircuitMeting.NieuweHttp(server.AppUrl);
        var feeds = new CircuitClient[emails.Length];
        var gezien = new Dictionary<string, long>[emails.Length];
        var open = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Length), new ParallelOptions { MaxDegreeOfParallelism = instellingen.Parallel }, async (i, ct) =>
        {
            gezien[i] = [];
            var client = new CircuitClient(server.AppUrl, "netwerk", cookies[i], PaginaScenario.ExacteString("Adviesvragen"));
            client.BijBatch = (nu, batch) => NoteerSentinels(gezien[i], nu, batch);
            await client.OpenAsync(http, ct);
            await client.Klaar.WaitAsync(TimeSpan.FromSeconds(60), ct);
            feeds[i] = client;
        });
        Console.WriteLine($"  {feeds.Length} feeds open in {open.Elapsed.TotalSeconds:0.0} s; {instellingen.Duur.TotalSeconds:0} s belasting, gemiddeld elke {instellingen.Tussenpoos.TotalSeconds:0} s een handeling per lid");

        var einde = Stopwatch.GetTimestamp() + (long)(instellingen.Duur.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, emails.Length).Select(i => LidAsync(emails[i], cookies[i], http, einde, new Random(20261204 + i))));
        // Stragglers: the last questions get the same 30 s as every scenario of this bench.
        await Task.Delay(instellingen.Wachttijd);

        var circuitFouten = feeds.Count(f => f.Fout is not null || !f.Verbonden);
        var geteld = await server.PostJsonAsync<Dictionary<string, int>>("belasting/controle",
            _vragen.Concat(_reacties).Where(p => p.Antwoord.Fout is null).Select(p => p.Sentinel).ToArray());
        var verloren = geteld.Count(g => g.Value == 0);
        var dubbel = geteld.Count(g => g.Value > 1);
        await Task.WhenAll(feeds.Select(f => f.SluitAsync(http)));

        var geplaatst = _vragen.Where(v => v.Antwoord.Fout is null).ToList();
        var bezorging = new List<double>();
        foreach (var (sentinel, antwoord) in geplaatst)
        {
            foreach (var feed in gezien)
            {
                lock (feed)
                {
                    if (feed.TryGetValue(sentinel, out var op))
                    {
                        bezorging.Add(Stopwatch.GetElapsedTime(antwoord.Start, op).TotalMilliseconds);
                    }
                }
            }
        }
        var samenvatting = $"{_fouten.Count} errors, {verloren} lost, {dubbel} twice, {circuitFouten} feeds broken";
        Rijen.Add(new Statistiek("load: post a question (service call)", emails.Length, _vragen.Count, geplaatst.Count, _vragen.Count, 0, Duren(_vragen), samenvatting));
        Rijen.Add(new Statistiek("load: reply (service call)", emails.Length, _reacties.Count, _reacties.Count(r => r.Antwoord.Fout is null), _reacties.Count, 0, Duren(_reacties)));
        Rijen.Add(new Statistiek("load: new question on every feed", emails.Length, geplaatst.Count, bezorging.Count, geplaatst.Count * feeds.Length, 0, bezorging));
        Rijen.Add(new Statistiek("load: open a thread (circuit until the question shows)", emails.Length, _leesDuren.Count + _leesMislukt, _leesDuren.Count, _leesDuren.Count + _leesMislukt, 0, _leesDuren));
        foreach (var fout in _fouten.Distinct().Take(5))
        {
            Console.WriteLine($"  fout: {fout}");
        }
    }

    /// <summary>The same posts and replies, one at a time, before any member has a page open.</summary>
    private async Task BasislijnAsync(string[] emails)
    {
        var vragen = new List<(string, BelastingServer.Antwoord)>();
        var reacties = new List<(string, BelastingServer.Antwoord)>();
        for (var i = 0; i < 40; i++)
        {
            var vraag = await PlaatsAsync(emails[i % emails.Length]);
            vragen.Add(vraag);
            reacties.Add(await ReageerAsync(emails[(i + 1) % emails.Length], vraag.Item2.Id));
        }
        Rijen.Add(new Statistiek("baseline, no page open: post a question", emails.Length, vragen.Count, vragen.Count(v => v.Item2.Fout is null), vragen.Count, 0, Duren(vragen)));
        Rijen.Add(new Statistiek("baseline, no page open: reply", emails.Length, reacties.Count, reacties.Count(v => v.Item2.Fout is null), reacties.Count, 0, Duren(reacties)));
    }

    private async Task LidAsync(string email, string cookie, HttpClient http, long einde, Random random)
    {
        while (true)
        {
            // Exponential pauses: members act independently, so the actions arrive as a Poisson stream.
            await Task.Delay(TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * instellingen.Tussenpoos.TotalSeconds));
            if (Stopwatch.GetTimestamp() >= einde)
            {
                return;
            }
            var keuze = random.NextDouble();
            try
            {
                if (keuze < 0.35 || Recent(random) is not { } vraag)
                {
                    var geplaatst = await PlaatsAsync(email);
                    lock (_vragen)
                    {
                        _vragen.Add(geplaatst);
                    }
                }
                else if (keuze < 0.8)
                {
                    var reactie = await ReageerAsync(email, vraag.Antwoord.Id);
                    lock (_reacties)
                    {
                        _reacties.Add(reactie);
                    }
                }
                else
                {
                    await LeesAsync(cookie, http, vraag);
                }
            }
            catch (Exception ex)
            {
                lock (_fouten)
                {
                    _fouten.Add($"{ex.GetType().Name}: {ex.Message}");
                }
            }
        }
    }

    private (string Sentinel, BelastingServer.Antwoord Antwoord)? Recent(Random random)
    {
        lock (_vragen)
        {
            var geplaatst = _vragen.Where(v => v.Antwoord.Fout is null).TakeLast(20).ToList();
            return geplaatst.Count == 0 ? null : geplaatst[random.Next(geplaatst.Count)];
        }
    }

    private async Task LeesAsync(string cookie, HttpClient http, (string Sentinel, BelastingServer.Antwoord Antwoord) vraag)
    {
        var start = Stopwatch.GetTimestamp();
        var client = new CircuitClient(server.AppUrl, $"netwerk/vragen/{vraag.Antwoord.Id}", cookie, Encoding.UTF8.GetBytes(vraag.Sentinel));
        try
        {
            await client.OpenAsync(http, CancellationToken.None);
            await client.Klaar.WaitAsync(TimeSpan.FromSeconds(30));
            lock (_leesDuren)
            {
                _leesDuren.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _leesMislukt);
            lock (_fouten)
            {
                _fouten.Add($"lezen: {ex.GetType().Name}: {ex.Message} {client.Fout}");
            }
        }
        finally
        {
            await client.SluitAsync(http);
        }
    }

    private async Task<(string, BelastingServer.Antwoord)> PlaatsAsync(string email)
    {
        var sentinel = NieuweSentinel();
        var antwoord = await server.PostJsonAsync<BelastingServer.Antwoord>($"belasting/plaats?lid={Uri.EscapeDataString(email)}&sentinel={sentinel}");
        Noteer(antwoord);
        return (sentinel, antwoord);
    }

    private async Task<(string, BelastingServer.Antwoord)> ReageerAsync(string email, int vraag)
    {
        var sentinel = NieuweSentinel();
        var antwoord = await server.PostJsonAsync<BelastingServer.Antwoord>($"belasting/reageer?lid={Uri.EscapeDataString(email)}&vraag={vraag}&sentinel={sentinel}");
        Noteer(antwoord);
        return (sentinel, antwoord);
    }

    private void Noteer(BelastingServer.Antwoord antwoord)
    {
        if (antwoord.Fout is { } fout)
        {
            lock (_fouten)
            {
                _fouten.Add(fout);
            }
        }
    }

    /// <summary>Letters only: the anonymity check rightly refuses digits that could be a phone number or a BSN.</summary>
    private static string NieuweSentinel() => string.Concat(Enumerable.Range(0, SentinelLengte).Select(_ => (char)('A' + Random.Shared.Next(26))));

    /// <summary>Notes, per feed, when each sentinel first appeared in a render batch.</summary>
    private static void NoteerSentinels(Dictionary<string, long> gezien, long nu, byte[] batch)
    {
        var rest = batch.AsSpan();
        while (rest.IndexOf(Voorvoegsel) is var plek and >= 0 && plek + Voorvoegsel.Length + SentinelLengte <= rest.Length)
        {
            var sentinel = Encoding.ASCII.GetString(rest.Slice(plek + Voorvoegsel.Length, SentinelLengte));
            lock (gezien)
            {
                gezien.TryAdd(sentinel, nu);
            }
            rest = rest[(plek + Voorvoegsel.Length + SentinelLengte)..];
        }
    }

    private static List<double> Duren(IEnumerable<(string, BelastingServer.Antwoord Antwoord)> posts) =>
        [.. posts.Select(p => Stopwatch.GetElapsedTime(p.Antwoord.Start, p.Antwoord.Einde).TotalMilliseconds)];
}
