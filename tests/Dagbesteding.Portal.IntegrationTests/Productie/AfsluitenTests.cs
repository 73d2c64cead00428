using System.Net;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Infrastructure.Afsluiten;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// SIGTERM as an orchestrator sends it, to the portal as its own process: during the drain the node says it is not
/// ready and refuses new pages and circuits while it still lives, then it stops by itself with exit code 0 and has
/// flushed its metrics to the collector on the way out.
/// </summary>
public sealed class AfsluitenTests : IAsyncLifetime
{
    private const int Wachttijd = 3;
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-afsluiten-").FullName;
    private OtlpOntvanger _collector = default!;
    private PortalProces _portal = default!;
    private readonly int _poort = PortalProces.VrijePoort();

    public async Task InitializeAsync()
    {
        _collector = await OtlpOntvanger.StartAsync();
        _portal = PortalProces.Start(_poort, new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqliteFile"] = Path.Combine(_map, "portal.db"),
            ["Afsluiten:WachttijdSeconden"] = $"{Wachttijd}",
            ["Telemetrie:OtlpEndpoint"] = _collector.Adres,
            ["Telemetrie:OtlpProtocol"] = "http/protobuf",
            // Ten minutes between periodic exports: every metrics export this test sees is the flush at the stop.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "600000",
        });
    }

    [Fact]
    public async Task Sigterm_DrainsAsNotReady_RefusesNewCircuits_FlushesMetrics_AndExitsCleanly()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_poort}"), Timeout = TimeSpan.FromSeconds(5) };
        await _portal.WachtTotGereedAsync(_poort);
        // Before the stop an anonymous negotiate gets the ordinary answer (sign in first), after it 503.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, NieuwCircuit()));
        // The sentinel for the flush below: before the stop nothing has been exported yet.
        Assert.Empty(_collector.Metrics);

        var gestuurd = DateTime.UtcNow;
        await _portal.StuurSignaalAsync("TERM");

        // Within a second, while the process still runs (the drain lasts three): not ready, but alive.
        var tot = DateTime.UtcNow.AddSeconds(1);
        while (await StatusAsync(http, new HttpRequestMessage(HttpMethod.Get, HealthExtensions.ReadyPad)) != HttpStatusCode.ServiceUnavailable)
        {
            Assert.True(DateTime.UtcNow < tot, "/health/ready gaf een seconde na SIGTERM nog geen 503.");
            await Task.Delay(50);
        }
        Assert.False(_portal.IsGestopt, "De portal stopte zonder wachttijd.");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, new HttpRequestMessage(HttpMethod.Get, HealthExtensions.LivePad)));

        using var circuit = await http.SendAsync(NieuwCircuit());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, circuit.StatusCode);
        Assert.Equal("5", circuit.Headers.RetryAfter?.ToString());
        var pagina = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        pagina.Headers.Accept.ParseAdd("text/html");
        using var paginaAntwoord = await http.SendAsync(pagina);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, paginaAntwoord.StatusCode);
        Assert.Equal(AfsluitWeigering.Melding, await paginaAntwoord.Content.ReadAsStringAsync());

        Assert.True(await _portal.WachtOpEindeAsync(TimeSpan.FromSeconds(Wachttijd + 30)), $"De portal stopte niet na SIGTERM:\n{_portal.Uitvoer}");
        Assert.Equal(0, _portal.ExitCode);
        Assert.True(DateTime.UtcNow - gestuurd >= TimeSpan.FromSeconds(Wachttijd), "De portal stopte voor het einde van de wachttijd.");
        var metrics = _collector.Metrics;
        Assert.NotEmpty(metrics);
        Assert.All(metrics, m => Assert.True(m.Op >= gestuurd));
        Assert.Contains(metrics, m => m.Bevat(PortalMetingen.MeterNaam) && m.Bevat("circuits_open"));
        Assert.Contains("Afsluiten:", _portal.Uitvoer);
    }

    /// <summary>What blazor.web.js sends first for a new circuit.</summary>
    private static HttpRequestMessage NieuwCircuit() => new(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpRequestMessage verzoek)
    {
        using (verzoek)
        using (var antwoord = await http.SendAsync(verzoek))
        {
            return antwoord.StatusCode;
        }
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _collector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
