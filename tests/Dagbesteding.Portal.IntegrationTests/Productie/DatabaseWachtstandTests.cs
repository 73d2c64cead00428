using System.Net;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// A node that starts while PostgreSQL is not reachable (a real process behind a relay the test closes): it does not
/// stop — an orchestrator would restart it in a loop without anyone seeing why — but waits on its own address, says so
/// in its log and its readiness, retries, and starts by itself once the database is there.
/// </summary>
public sealed class DatabaseWachtstandTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_wacht_{Guid.NewGuid():N}";
    private readonly int _poort = PortalProces.VrijePoort();
    private TcpDoorgifte _doorgifte = default!;

    public Task InitializeAsync()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlPortalFactory.ServerConnectionString);
        _doorgifte = new TcpDoorgifte(server.Host!, server.Port);
        _doorgifte.Sluit();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DatabaseUnreachableAtStart_NodeWaitsNotReady_RetriesAndStartsWhenTheDatabaseComes()
    {
        await using var portal = Start();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_poort}"), Timeout = TimeSpan.FromSeconds(5) };

        await WachtOpAsync(() => portal.Uitvoer.Contains("Poging 2 mislukt", StringComparison.Ordinal), portal, "een tweede poging");
        Assert.False(portal.IsGestopt, portal.Uitvoer);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await VraagAsync(http, HealthExtensions.LivePad));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await VraagAsync(http, HealthExtensions.ReadyPad));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, DatabaseWachtstand.Melding), await VraagAsync(http, "/inloggen"));
        Assert.Contains("De PostgreSQL-database is niet bereikbaar", portal.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Database:PostgreSqlConnectionString", portal.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", portal.Uitvoer, StringComparison.Ordinal);

        _doorgifte.Open();

        await WachtOpAsync(async () => (await VraagAsync(http, HealthExtensions.ReadyPad)).Status == HttpStatusCode.OK, portal, "gereed na het openen");
        var (status, pagina) = await VraagAsync(http, "/inloggen");
        Assert.True(status == HttpStatusCode.OK, $"{status}:\n{portal.Uitvoer}");
        Assert.Contains("Inloggen", pagina, StringComparison.Ordinal);
        Assert.Contains("de portal start", portal.Uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeWaitingForTheDatabase_StopsCleanlyOnSigterm()
    {
        await using var portal = Start();
        await WachtOpAsync(() => portal.Uitvoer.Contains("Poging 1 mislukt", StringComparison.Ordinal), portal, "een eerste poging");

        await portal.StuurSignaalAsync("TERM");

        Assert.True(await portal.WachtOpEindeAsync(TimeSpan.FromSeconds(10)), $"De wachtende portal stopte niet na SIGTERM:\n{portal.Uitvoer}");
        Assert.Equal(0, portal.ExitCode);
        Assert.Contains("gestopt voordat de database bereikbaar was", portal.Uitvoer, StringComparison.Ordinal);
    }

    private PortalProces Start() => PortalProces.Start(_poort, new Dictionary<string, string>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:PostgreSqlConnectionString"] = $"{PostgreSqlPortalFactory.ServerConnectionString};Host=127.0.0.1;Port={_doorgifte.Poort};Database={_database};Timeout=2",
        ["Hangfire:Storage"] = "PostgreSql",
        // The login page over plain http on 127.0.0.1 (its antiforgery cookie is Secure otherwise).
        ["Beveiliging:LokaalHttp"] = "true",
    });

    private static async Task<(HttpStatusCode Status, string Tekst)> VraagAsync(HttpClient http, string pad)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.ParseAdd("text/html");
        using var antwoord = await http.SendAsync(verzoek);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    private static Task WachtOpAsync(Func<bool> voorwaarde, PortalProces portal, string wat) => WachtOpAsync(() => Task.FromResult(voorwaarde()), portal, wat);

    private static async Task WachtOpAsync(Func<Task<bool>> voorwaarde, PortalProces portal, string wat)
    {
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if (await voorwaarde())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            Assert.False(portal.IsGestopt, $"De portal stopte (exit {(portal.IsGestopt ? portal.ExitCode : 0)}) voor {wat}:\n{portal.Uitvoer}");
            Assert.True(DateTime.UtcNow < tot, $"Na 60 s geen {wat}:\n{portal.Uitvoer}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        await _doorgifte.DisposeAsync();
        await TestPostgreSql.VerwijderAsync(_database);
    }
}
