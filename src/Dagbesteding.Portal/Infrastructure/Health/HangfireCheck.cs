using Hangfire;

namespace Dagbesteding.Portal.Infrastructure.Health;

/// <summary>Hangfire's storage (InMemory or PostgreSQL) answers a read. Registered only when Hangfire:Enabled is on.</summary>
public sealed class HangfireCheck(JobStorage storage, ILogger<HangfireCheck> logger) : GereedheidsCheck(logger)
{
    public const string Naam = "hangfire";

    protected override string Onderdeel => Naam;

    // Hangfire's storage API is synchronous: off the request thread, so the time limit holds.
    protected override Task ControleerAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        using var verbinding = storage.GetConnection();
        // Any read reaches the storage (on PostgreSQL a query in schema "hangfire"); a hash that does not exist is null.
        _ = verbinding.GetAllEntriesFromHash("dagbesteding:gereedheid");
    }, cancellationToken);
}
