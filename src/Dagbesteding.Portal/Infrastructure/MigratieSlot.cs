using Dagbesteding.Portal.Data;
using Npgsql;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// One node at a time migrates and seeds a PostgreSQL database: a session advisory lock, held on its own connection
/// while the migrations run. Without it two nodes started together on an empty database both ran the same migration
/// and one stopped on an index the other had just dropped (found while writing docs/deployment.md). The next node
/// waits, then finds nothing left to do. SQLite needs none: it is one node by design.
/// </summary>
public sealed class MigratieSlot : IAsyncDisposable
{
    private readonly NpgsqlConnection _verbinding;
    private readonly long _sleutel;

    private MigratieSlot(NpgsqlConnection verbinding, long sleutel) => (_verbinding, _sleutel) = (verbinding, sleutel);

    /// <summary>Null for SQLite; otherwise the lock, taken (waiting for another node's migration if needed).</summary>
    public static async Task<MigratieSlot?> NeemAsync(DatabaseOptions database, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return null;
        }
        var builder = new NpgsqlConnectionStringBuilder(database.PostgreSqlConnectionString) { Pooling = false };
        var naam = builder.Database ?? builder.Username ?? "";
        var sleutel = Sleutel(naam);
        NpgsqlConnection verbinding;
        try
        {
            verbinding = await OpenAsync(builder.ConnectionString, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The database does not exist yet (the migration creates it): take the lock in the maintenance database.
            builder.Database = "postgres";
            verbinding = await OpenAsync(builder.ConnectionString, cancellationToken);
        }
        await using (var neem = new NpgsqlCommand("SELECT pg_advisory_lock(@sleutel)", verbinding))
        {
            neem.Parameters.AddWithValue("sleutel", sleutel);
            await neem.ExecuteNonQueryAsync(cancellationToken);
        }
        return new MigratieSlot(verbinding, sleutel);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var geefVrij = new NpgsqlCommand("SELECT pg_advisory_unlock(@sleutel)", _verbinding);
            geefVrij.Parameters.AddWithValue("sleutel", _sleutel);
            await geefVrij.ExecuteNonQueryAsync();
        }
        finally
        {
            // Closing the session releases the lock too, whatever happened above.
            await _verbinding.DisposeAsync();
        }
    }

    /// <summary>A stable 64-bit key per database name (FNV-1a), the same on every node.</summary>
    public static long Sleutel(string database)
    {
        var hash = 14695981039346656037UL;
        foreach (var teken in $"dagbesteding-migratie:{database}")
        {
            hash = (hash ^ teken) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var verbinding = new NpgsqlConnection(connectionString);
        try
        {
            await verbinding.OpenAsync(cancellationToken);
            return verbinding;
        }
        catch
        {
            await verbinding.DisposeAsync();
            throw;
        }
    }
}
