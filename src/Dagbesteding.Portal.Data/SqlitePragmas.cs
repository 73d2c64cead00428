using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dagbesteding.Portal.Data;

/// <summary>
/// The SQLite settings of every connection the portal opens, set by the portal instead of left to defaults:
/// <list type="bullet">
/// <item><c>journal_mode = WAL</c> (stored in the file): readers never block the writer and the writer never blocks
/// readers, so open pages keep reading while someone posts; a commit is an append to the -wal file, and after a crash
/// (kill -9) the next open replays the committed transactions in it and drops a half-written one.</item>
/// <item><c>synchronous = FULL</c>: every commit waits until the WAL is on disk (fsync) before it returns, so what a
/// person saw acknowledged survives a crash of the process and also a power loss or a crash of the machine. (NORMAL
/// would only survive the process crash.)</item>
/// <item><c>busy_timeout = 5000</c>: a writer that finds the database locked by another writer (a job and a person at
/// the same moment) waits up to 5 s for the lock instead of failing at once with "database is locked".</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconden = 5000;

    public static SqlitePragmas Instantie { get; } = new();

    private static readonly string Pragmas = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMilliseconden};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
