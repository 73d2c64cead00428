using System.Diagnostics;
using Dagbesteding.Portal.Bench.Circuits.Driver;
using Dagbesteding.Portal.Bench.Circuits.Server;

namespace Dagbesteding.Portal.Bench.Circuits;

// Live updates and memory through real Blazor circuits (bench/README.md). One exe, three processes: this driver
// (the circuit clients) starts itself twice more, as the portal server and as the template + bare hub server, so
// that no client object is in a measured heap.
internal static class Bench
{
    private static readonly List<Statistiek> Belasting = [];

    public static async Task<int> Main(string[] args)
    {
        switch (args.SkipWhile(a => a != "--rol").Skip(1).FirstOrDefault())
        {
            case "portal":
                await PortalServer.RunAsync(Instellingen.Lees(args).Casussen);
                return 0;
            case "sjabloon":
                await SjabloonServer.RunAsync();
                return 0;
        }
        if (args.Contains("--help"))
        {
            Console.WriteLine(Instellingen.Gebruik);
            return 0;
        }

        var instellingen = Instellingen.Lees(args);
        Console.WriteLine($"N = {string.Join(", ", instellingen.Aantallen)} (casussen: {string.Join(", ", instellingen.AantallenCasussen)}); {instellingen.Updates} updates per scenario; {instellingen.Parallel} circuits tegelijk openen; {Environment.ProcessorCount} cores");
        var totaal = Stopwatch.StartNew();
        var metingen = new List<CircuitMeting>();
        foreach (var scenario in new[] { PaginaScenario.Netwerk, PaginaScenario.Casussen }.Where(s => instellingen.Onderdelen.Contains(s.Naam)))
        {
            // A fresh portal per page: what one page's run leaves behind (stalled publishes still holding dropped
            // circuits, a longer feed) must not be in the next page's heap or latency.
            await using var portal = await ServerProces.StartAsync("portal", "--casussen", instellingen.Casussen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            portal.Wacht = instellingen.Wachttijd;
            var meting = new CircuitMeting(portal, instellingen);
            metingen.Add(meting);
            Console.WriteLine($"— /{scenario.Pad} ({totaal.Elapsed:mm\\:ss})");
            await meting.MeetPaginaAsync(scenario);
        }
        if (instellingen.Onderdelen.Contains("belasting"))
        {
            await using var portal = await ServerProces.StartAsync("portal", "--casussen", instellingen.Casussen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var belasting = new BelastingMeting(portal, instellingen);
            Console.WriteLine($"— belasting: {instellingen.Leden} leden ({totaal.Elapsed:mm\\:ss})");
            await belasting.MeetAsync();
            Belasting.AddRange(belasting.Rijen);
        }
        if (instellingen.Onderdelen.Contains("sjabloon") || instellingen.Onderdelen.Contains("hub"))
        {
            await using var sjabloon = await ServerProces.StartAsync("sjabloon");
            sjabloon.Wacht = instellingen.Wachttijd;
            var sjabloonMeting = new CircuitMeting(sjabloon, instellingen);
            metingen.Add(sjabloonMeting);
            if (instellingen.Onderdelen.Contains("sjabloon"))
            {
                Console.WriteLine($"— template Home ({totaal.Elapsed:mm\\:ss})");
                await sjabloonMeting.MeetSjabloonAsync();
            }
            if (instellingen.Onderdelen.Contains("hub"))
            {
                Console.WriteLine($"— bare SignalR hub ({totaal.Elapsed:mm\\:ss})");
                await new HubMeting(sjabloon, instellingen, sjabloonMeting).MeetAsync();
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Klaar in {totaal.Elapsed:mm\\:ss}.");
        Console.WriteLine(Statistiek.Kop);
        foreach (var rij in metingen.SelectMany(m => m.Latenties).Concat(Belasting))
        {
            Console.WriteLine(rij.AlsRij());
        }
        Console.WriteLine();
        Console.WriteLine(GeheugenRij.Kop);
        foreach (var rij in metingen.SelectMany(m => m.Geheugen))
        {
            Console.WriteLine(rij.AlsRij());
        }
        Console.WriteLine();
        Console.WriteLine("Interop-aanroepen (identifier: aantal): " + string.Join(", ", Client.CircuitClient.JsAanroepen.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}")));
        return 0;
    }
}
