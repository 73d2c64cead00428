namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the test script starts (PORTAL_TEST_POSTGRES), for the tests that make a database of their own;
/// linked into the browser tests as well. Without the server these tests fail (they do not skip), so a missing server
/// shows in CI.
/// </summary>
public static class TestPostgreSql
{
    public static string Server =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    /// <summary>Drops a test's own database, even while a killed process or a pooled connection still holds it.</summary>
    public static async Task VerwijderAsync(string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var verbinding = new Npgsql.NpgsqlConnection($"{Server};Database=postgres");
        await verbinding.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", verbinding);
        await drop.ExecuteNonQueryAsync();
    }
}
