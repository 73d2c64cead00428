using Dagbesteding.Portal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>
/// Every connection of the embedded default runs in WAL mode with synchronous FULL and a busy timeout
/// (<see cref="SqlitePragmas"/>) — also on a file that came in another journal mode, such as a restored copy.
/// </summary>
public sealed class SqlitePragmaTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-pragma-").FullName;

    [Fact]
    public async Task EveryConnection_IsWal_SynchronousFull_WithABusyTimeout_EvenForAFileInDeleteMode()
    {
        // As a VACUUM INTO copy or a file made by another tool: rollback-journal mode, outside the portal's connections.
        var bestand = Path.Combine(_map, "kopie.db");
        await using (var buiten = new SqliteConnection($"Data Source={bestand};Pooling=False"))
        {
            await buiten.OpenAsync();
            Assert.Equal("delete", await PragmaAsync(buiten, "journal_mode = DELETE"));
        }

        // The portal's own options, as DatabaseExtensions builds them.
        var opties = new DbContextOptionsBuilder<PortalDbContext>();
        opties.UseSqliteFile(bestand);
        await using var db = new PortalDbContext(opties.Options);
        await db.Database.OpenConnectionAsync();
        var verbinding = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(verbinding, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(verbinding, "synchronous"));
        Assert.Equal($"{SqlitePragmas.BusyTimeoutMilliseconden}", await PragmaAsync(verbinding, "busy_timeout"));
    }

    private static async Task<string> PragmaAsync(System.Data.Common.DbConnection verbinding, string pragma)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
