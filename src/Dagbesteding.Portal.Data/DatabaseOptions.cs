namespace Dagbesteding.Portal.Data;

/// <summary>Settings section "Database" (documented in appsettings.template.json).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default) or "PostgreSql" (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Path of the SQLite file; relative paths are taken from the content root.</summary>
    public string SqliteFile { get; set; } = "App_Data/dagbesteding.db";

    /// <summary>Npgsql connection string, used when Provider is PostgreSql.</summary>
    public string? PostgreSqlConnectionString { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
