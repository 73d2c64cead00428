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

        await Task.WhenAll(_processen.Select((proces, i) => proces.WachtTotGereedAsync(poorten[i])));
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

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var proces in _processen)
        {
            await proces.DisposeAsync();
        }
        await TestPostgreSql.VerwijderAsync(_database);
    }
}
