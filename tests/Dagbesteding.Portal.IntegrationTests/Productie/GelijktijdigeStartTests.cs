using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// Two portal processes started at the same moment on one empty PostgreSQL database (a fresh installation, or a rolling
/// start after an upgrade) both come up. Real processes, as an operator starts them: in one test host the race did not
/// show, with two processes it did every time — one of them stopped on an index the other had just dropped — until the
/// migration lock (<see cref="MigratieSlot"/>).
/// </summary>
public sealed class GelijktijdigeStartTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_start_{Guid.NewGuid():N}";
    private readonly List<PortalProces> _processen = [];

    [Fact]
    public async Task TwoProcessesStartingTogetherOnAnEmptyDatabase_BothComeUp()
    {
        var poorten = new[] { PortalProces.VrijePoort(), PortalProces.VrijePoort() };
        foreach (var poort in poorten)
        {
            _processen.Add(Start(poort));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var klaar = new bool[poorten.Length];
        var tot = DateTime.UtcNow.AddSeconds(90);
        while (!klaar.All(k => k) && DateTime.UtcNow < tot)
        {
            for (var i = 0; i < poorten.Length; i++)
            {
                Assert.False(_processen[i].IsGestopt, $"Node {i + 1} stopped at start-up (exit {(_processen[i].IsGestopt ? _processen[i].ExitCode : 0)}):\n{_processen[i].Uitvoer}");
                klaar[i] = klaar[i] || await IsGereedAsync(http, poorten[i]);
            }
            await Task.Delay(250);
        }
        Assert.All(klaar, Assert.True);
        Assert.All(_processen, p => Assert.False(p.IsGestopt));
    }

    [Fact]
    public void TheLockKey_IsTheSameOnEveryNode_AndDiffersPerDatabase()
    {
        Assert.Equal(MigratieSlot.Sleutel("portal"), MigratieSlot.Sleutel("portal"));
        Assert.NotEqual(MigratieSlot.Sleutel("portal"), MigratieSlot.Sleutel("portal_acceptatie"));
    }

    private PortalProces Start(int poort) => PortalProces.Start(poort, new Dictionary<string, string>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:PostgreSqlConnectionString"] = $"{PostgreSqlPortalFactory.ServerConnectionString};Database={_database}",
        ["Hangfire:Storage"] = "PostgreSql",
    });

    private static async Task<bool> IsGereedAsync(HttpClient http, int poort)
    {
        try
        {
            using var antwoord = await http.GetAsync($"http://127.0.0.1:{poort}{HealthExtensions.ReadyPad}");
            return antwoord.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var proces in _processen)
        {
            await proces.DisposeAsync();
        }
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var verbinding = new Npgsql.NpgsqlConnection($"{PostgreSqlPortalFactory.ServerConnectionString};Database=postgres");
        await verbinding.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await drop.ExecuteNonQueryAsync();
    }
}
