using System.Diagnostics;
using System.Net.Http.Json;
using Dagbesteding.Portal.Bench.Circuits.Server;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>
/// This bench exe started again in a server role. The circuits' client objects live in the driver process, so
/// the server's heap holds only what the server keeps per circuit.
/// </summary>
public sealed class ServerProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly HttpClient _besturing;

    private ServerProces(Process proces, string appUrl, string besturingUrl)
    {
        _proces = proces;
        AppUrl = appUrl;
        _besturing = new HttpClient { BaseAddress = new Uri(besturingUrl), Timeout = TimeSpan.FromMinutes(5) };
    }

    public string AppUrl { get; }

    public static async Task<ServerProces> StartAsync(string rol, params string[] args)
    {
        var exe = Environment.ProcessPath!;
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ServerProces).Assembly.Location);
        }
        foreach (var arg in (string[])["--rol", rol, .. args])
        {
            info.ArgumentList.Add(arg);
        }
        var proces = Process.Start(info) ?? throw new InvalidOperationException($"Server '{rol}' start niet.");
        while (await proces.StandardOutput.ReadLineAsync() is { } regel)
        {
            if (regel.StartsWith(Besturing.KlaarRegel, StringComparison.Ordinal))
            {
                var delen = regel.Split(' ');
                // Keep forwarding what the server logs (warnings, errors) so a failing circuit shows why.
                _ = Task.Run(async () =>
                {
                    while (await proces.StandardOutput.ReadLineAsync() is { } r)
                    {
                        Console.WriteLine($"  [{rol}] {r}");
                    }
                });
                return new ServerProces(proces, delen[1], delen[2]);
            }
            Console.WriteLine($"  [{rol}] {regel}");
        }
        throw new InvalidOperationException($"Server '{rol}' stopte voordat hij klaar was (exit {proces.ExitCode}).");
    }

    /// <summary>The server's managed heap in bytes after a forced full collection.</summary>
    public async Task<long> HeapAsync() => long.Parse(await _besturing.GetStringAsync("heap"), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<T> GetAsync<T>(string pad) => (await _besturing.GetFromJsonAsync<T>(pad))!;

    /// <summary>Wait: how long the server waits for the call before it answers with "still running".</summary>
    public TimeSpan Wacht { get; set; } = TimeSpan.FromSeconds(30);

    public async Task<Besturing.Antwoord> PostAsync(string pad)
    {
        var scheiding = pad.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var antwoord = await _besturing.PostAsync($"{pad}{scheiding}wacht={(int)Wacht.TotalSeconds}", null);
        antwoord.EnsureSuccessStatusCode();
        var inhoud = (await antwoord.Content.ReadFromJsonAsync<Besturing.Antwoord>())!;
        return inhoud.Fout is null ? inhoud : throw new InvalidOperationException($"{pad}: {inhoud.Fout}");
    }

    /// <summary>A control call with an optional JSON body and a JSON answer, as it is (no "still running" wait).</summary>
    public async Task<T> PostJsonAsync<T>(string pad, object? inhoud = null)
    {
        using var antwoord = await _besturing.PostAsync(pad, inhoud is null ? null : JsonContent.Create(inhoud));
        antwoord.EnsureSuccessStatusCode();
        return (await antwoord.Content.ReadFromJsonAsync<T>())!;
    }

    public async ValueTask DisposeAsync()
    {
        _proces.StandardInput.Close();
        if (!_proces.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            _proces.Kill(entireProcessTree: true);
        }
        _proces.Dispose();
        _besturing.Dispose();
        await Task.CompletedTask;
    }
}
