using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>The control endpoint of a server process: a minimal app on 127.0.0.1, separate from the measured app.</summary>
public static class Besturing
{
    public const string KlaarRegel = "KLAAR";

    /// <summary>Start and end (Stopwatch timestamps) of the service call that caused the update; Einde 0 while it
    /// still runs; Fout if it was refused.</summary>
    public sealed record Antwoord(long Start, long Einde, string? Fout);

    /// <summary>
    /// Starts the call and answers when it is done, or after <paramref name="wachtSeconden"/> with Einde 0: a
    /// publish that waits for a stalled circuit must not keep the driver from measuring the others.
    /// </summary>
    public static async Task<Antwoord> RoepAanAsync(int wachtSeconden, Func<Task<string?>> aanroep)
    {
        var start = Stopwatch.GetTimestamp();
        var taak = Task.Run(aanroep);
        if (await Task.WhenAny(taak, Task.Delay(TimeSpan.FromSeconds(wachtSeconden))) != taak)
        {
            return new Antwoord(start, 0, null);
        }
        return new Antwoord(start, Stopwatch.GetTimestamp(), await taak);
    }

    public static WebApplication Maak()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/heap", () => Geheugen.NaVolledigeCollectie());
        return app;
    }

    /// <summary>Tells the driver where everything is (one line on stdout), then runs until the driver closes stdin.</summary>
    public static async Task MeldKlaarEnWachtAsync(string appUrl, WebApplication besturing)
    {
        Console.WriteLine($"{KlaarRegel} {appUrl} {besturing.Urls.First().TrimEnd('/')}/");
        await Console.In.ReadToEndAsync();
        await besturing.StopAsync();
        await besturing.DisposeAsync();
    }
}
