using System.Diagnostics;
using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>
/// A chromium in its own process, driven over CDP, that a test can kill like a laptop that is shut: no page
/// unload, no Blazor disconnect beacon, its sockets just vanish. The server then keeps the circuit as
/// disconnected-but-retained, which is what a graceful <c>IBrowser.CloseAsync()</c> would not reproduce.
/// </summary>
public sealed class BrowserProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly string _profielMap;

    private BrowserProces(Process proces, string profielMap, IBrowser browser)
    {
        _proces = proces;
        _profielMap = profielMap;
        Browser = browser;
    }

    public IBrowser Browser { get; }
    public bool IsGestopt => _proces.HasExited;

    public static async Task<BrowserProces> StartAsync(PortalServer server)
    {
        var profielMap = Directory.CreateTempSubdirectory("dagbesteding-e2e-chromium-").FullName;
        var start = new ProcessStartInfo(server.ChromiumPad)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in PortalServer.ChromiumArgs.Concat(
            ["--headless", "--remote-debugging-port=0", $"--user-data-dir={profielMap}", "about:blank"]))
        {
            start.ArgumentList.Add(argument);
        }
        var proces = Process.Start(start) ?? throw new InvalidOperationException($"{server.ChromiumPad} did not start.");
        // Chromium's output is drained, never read: the port comes from DevToolsActivePort in the profile.
        proces.ErrorDataReceived += (_, _) => { };
        proces.OutputDataReceived += (_, _) => { };
        proces.BeginErrorReadLine();
        proces.BeginOutputReadLine();
        try
        {
            var poort = await LeesDebugPoortAsync(proces, Path.Combine(profielMap, "DevToolsActivePort"));
            var browser = await server.Playwright.Chromium.ConnectOverCDPAsync($"http://127.0.0.1:{poort}");
            return new BrowserProces(proces, profielMap, browser);
        }
        catch
        {
            proces.Kill(entireProcessTree: true);
            proces.Dispose();
            throw;
        }
    }

    /// <summary>Kills chromium and all its children at once, and waits until they are gone.</summary>
    public async Task KillAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
        }
        await _proces.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            await Browser.DisposeAsync();
        }
        catch (PlaywrightException)
        {
            // The CDP connection died with the process; there is nothing left to close.
        }
        _proces.Dispose();
        VerwijderProfiel();
    }

    private static async Task<int> LeesDebugPoortAsync(Process proces, string bestand)
    {
        using var termijn = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            if (proces.HasExited)
            {
                throw new InvalidOperationException($"Chromium stopped at start-up with exit code {proces.ExitCode}.");
            }
            // The first line is the port; the file is written once chromium listens.
            if (File.Exists(bestand) && File.ReadAllLines(bestand) is [var regel, ..] && int.TryParse(regel, out var poort))
            {
                return poort;
            }
            await Task.Delay(50, termijn.Token);
        }
    }

    private void VerwijderProfiel()
    {
        // Chromium's children can hold files for a moment after the kill.
        for (var poging = 0; poging < 10; poging++)
        {
            try
            {
                Directory.Delete(_profielMap, recursive: true);
                return;
            }
            catch (IOException) when (poging < 9)
            {
                Thread.Sleep(100);
            }
        }
    }
}
