using System.Diagnostics;

namespace Dagbesteding.Portal.Bench;

public static class BenchMain
{
    // Usage: dotnet run -c Release --project bench/Dagbesteding.Portal.Bench -- [clients=500] [vragen=40]
    public static async Task Main(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0]) : 500;
        var vragen = args.Length > 1 ? int.Parse(args[1]) : 40;

        await using var portal = await BenchPortal.StartAsync();
        Console.WriteLine($"Portal draait op {portal.BaseUrl}; {clients} SignalR-clients verbinden…");
        var meting = await RealtimeLatentie.MeetAsync(portal, clients, vragen);
        Console.WriteLine(meting);
        Console.WriteLine($"Werkgeheugen van het proces (portal + clients): {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB");
    }
}
