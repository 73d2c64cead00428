using System.Collections.Concurrent;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Jobs;

/// <summary>
/// A node stopping while Hangfire runs a job, on the production storage (PostgreSQL) with the portal's server settings:
/// a short job gets its time to finish; a long one is cancelled through its CancellationToken and put back in the
/// queue, so the next node runs it again at once — not after the storage's invisibility timeout of half an hour.
/// </summary>
public sealed class HangfireAfsluitenTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_jobstop_{Guid.NewGuid():N}";

    [Fact]
    public async Task ShortJobRunningAtTheStop_IsFinishedBeforeTheNodeStops()
    {
        var id = Guid.NewGuid();
        var node = await StartNodeAsync();
        node.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<TestJob>(j => j.DuurAsync(id, 2000, CancellationToken.None));
        await TestJob.WachtOpStartAsync(id, 1);

        await node.DisposeAsync();

        Assert.Equal(["gestart", "klaar"], TestJob.Verloop(id));
    }

    [Fact]
    public async Task LongJobRunningAtTheStop_IsCancelledAndRequeued_AndTheNextNodeRunsItAgain()
    {
        var id = Guid.NewGuid();
        var eerste = await StartNodeAsync();
        eerste.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<TestJob>(j => j.DuurAsync(id, 600_000, CancellationToken.None));
        await TestJob.WachtOpStartAsync(id, 1);

        await eerste.DisposeAsync();
        Assert.Equal(["gestart", "geannuleerd"], TestJob.Verloop(id));

        await using var tweede = await StartNodeAsync();
        await TestJob.WachtOpStartAsync(id, 2, seconden: 60);
        Assert.Equal(["gestart", "geannuleerd", "gestart"], TestJob.Verloop(id)[..3]);
    }

    /// <summary>Only a job that takes the token can be cancelled and requeued; one without it is cut off after the shutdown time.</summary>
    [Fact]
    public void EveryPortalJob_TakesACancellationToken()
    {
        var jobs = typeof(Portal.Jobs.JobSchedules).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Portal.Jobs.JobSchedules).Namespace && t.Name.EndsWith("Job", StringComparison.Ordinal) && t.IsClass)
            .ToList();
        Assert.True(jobs.Count >= 7, $"Maar {jobs.Count} jobs gevonden.");
        var methoden = jobs.SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();
        Assert.All(jobs, t => Assert.Contains(methoden, m => m.DeclaringType == t));
        Assert.All(methoden, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(CancellationToken)));
    }

    private async Task<Node> StartNodeAsync()
    {
        var node = new Node(_database);
        await node.InitializeAsync();
        return node;
    }

    /// <summary>A job of this test only: the first run lasts as long as asked, a second run of the same id is short.</summary>
    public sealed class TestJob
    {
        private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> Verlopen = new();

        public static string[] Verloop(Guid id) => [.. Verlopen.GetOrAdd(id, _ => new())];

        public async Task DuurAsync(Guid id, int milliseconden, CancellationToken cancellationToken)
        {
            var verloop = Verlopen.GetOrAdd(id, _ => new());
            var eerder = verloop.Count(s => s == "gestart");
            verloop.Enqueue("gestart");
            try
            {
                await Task.Delay(eerder == 0 ? milliseconden : 10, cancellationToken);
                verloop.Enqueue("klaar");
            }
            catch (OperationCanceledException)
            {
                verloop.Enqueue("geannuleerd");
                throw;
            }
        }

        public static async Task WachtOpStartAsync(Guid id, int keer, int seconden = 30)
        {
            var tot = DateTime.UtcNow.AddSeconds(seconden);
            while (Verloop(id).Count(s => s == "gestart") < keer)
            {
                Assert.True(DateTime.UtcNow < tot, $"De job startte na {seconden} s nog geen {keer} keer: {string.Join(", ", Verloop(id))}.");
                await Task.Delay(100);
            }
        }
    }

    /// <summary>A node with Hangfire processing on (the other tests call jobs directly), on this test's database.</summary>
    private sealed class Node(string database) : PortalFactory
    {
        protected override bool MetDemoData => false;

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:PostgreSqlConnectionString"] = $"{PostgreSqlPortalFactory.ServerConnectionString};Database={database}",
            ["Hangfire:Storage"] = "PostgreSql",
        };

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Hangfire:Enabled"] = "true" };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await TestPostgreSql.VerwijderAsync(_database);
    }
}
