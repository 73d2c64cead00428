using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// The portal as an operator starts it: its own process (the built Dagbesteding.Portal.dll), settings as environment
/// variables, what it writes kept for the test. Disposing kills it if it still runs.
/// </summary>
public sealed class PortalProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly StringBuilder _uitvoer = new();

    private PortalProces(Process proces) => _proces = proces;

    public bool IsGestopt => _proces.HasExited;
    public int ExitCode => _proces.ExitCode;

    /// <summary>Standard output and standard error, as far as written.</summary>
    public string Uitvoer
    {
        get
        {
            lock (_uitvoer)
            {
                return _uitvoer.ToString();
            }
        }
    }

    public static PortalProces Start(int poort, IReadOnlyDictionary<string, string> instellingen)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}";
        foreach (var (sleutel, waarde) in instellingen)
        {
            start.Environment[sleutel.Replace(":", "__", StringComparison.Ordinal)] = waarde;
        }
        var portal = new PortalProces(Process.Start(start)!);
        portal._proces.OutputDataReceived += (_, regel) => portal.Schrijf(regel.Data);
        portal._proces.ErrorDataReceived += (_, regel) => portal.Schrijf(regel.Data);
        portal._proces.BeginOutputReadLine();
        portal._proces.BeginErrorReadLine();
        return portal;
    }

    /// <summary>Sends a Unix signal ("TERM" as an orchestrator stops a node, "KILL" as a crash) to the portal process.</summary>
    public async Task StuurSignaalAsync(string signaal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signaal, _proces.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signaal} {_proces.Id} ended with {kill.ExitCode}.");
        }
    }

    /// <summary>Polls /health/ready on <paramref name="poort"/> until it says 200; fails the test if the process stops or the time runs out.</summary>
    public async Task WachtTotGereedAsync(int poort, int seconden = 90)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (true)
        {
            Xunit.Assert.False(IsGestopt, $"De portal op poort {poort} stopte bij het starten:\n{Uitvoer}");
            try
            {
                using var antwoord = await http.GetAsync($"http://127.0.0.1:{poort}{Dagbesteding.Portal.Infrastructure.HealthExtensions.ReadyPad}");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            Xunit.Assert.True(DateTime.UtcNow < tot, $"De portal op poort {poort} werd niet gereed:\n{Uitvoer}");
            await Task.Delay(200);
        }
    }

    public async Task<bool> WachtOpEindeAsync(TimeSpan maximaal)
    {
        using var tijd = new CancellationTokenSource(maximaal);
        try
        {
            await _proces.WaitForExitAsync(tijd.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }

    private void Schrijf(string? regel)
    {
        if (regel is null)
        {
            return;
        }
        lock (_uitvoer)
        {
            _uitvoer.AppendLine(regel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            await _proces.WaitForExitAsync();
        }
        _proces.Dispose();
    }
}
