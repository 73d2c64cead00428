using Dagbesteding.Portal.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dagbesteding.Portal.Bench.Gedeeld;

/// <summary>What the single-node benchmarks share (linked into each bench project): where the app is, and how it is started.</summary>
internal static class BenchApp
{
    /// <summary>The app's content root, for WebApplicationFactory (a bench tool is not next to the app in the solution).</summary>
    public static void ZetContentRoot()
    {
        var wortel = new DirectoryInfo(AppContext.BaseDirectory);
        while (wortel is not null && !Directory.Exists(Path.Combine(wortel.FullName, "src", "Dagbesteding.Portal")))
        {
            wortel = wortel.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAGBESTEDING_PORTAL",
            Path.Combine(wortel?.FullName ?? Directory.GetCurrentDirectory(), "src", "Dagbesteding.Portal"));
    }
}

/// <summary>
/// The portal on a fresh SQLite file (or PostgreSQL): demo data with few casussen, no Hangfire processing (a bench calls
/// what it measures), quiet logs, and a configured VAPID pair (no key file written next to the sources).
/// </summary>
internal sealed class BenchFactory(string? postgres, string sqliteFile) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.LaadDemoData(50);
        builder.UseSetting("Hangfire:Enabled", "false");
        // Bench clients sign in and post from one address as fast as they can; the limits are tested in the integration tests.
        foreach (var limiet in new[] { "InloggenPerIp", "InloggenPerAccount", "Berichten", "ArchiefZoeken", "HubAanroepen" })
        {
            builder.UseSetting($"Limieten:{limiet}:Aantal", "1000000");
        }
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        // Quiet on a fresh database: the migration history probe fails by design, and SQLite warns about a PRAGMA in a migration.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations", "Error");
        var (publicKey, privateKey) = Features.Meldingen.VapidSleutels.Maak();
        builder.UseSetting("Meldingen:Push:PublicKey", publicKey);
        builder.UseSetting("Meldingen:Push:PrivateKey", privateKey);
        if (postgres is null)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqliteFile", sqliteFile);
        }
        else
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("Database:PostgreSqlConnectionString", postgres);
        }
    }
}
