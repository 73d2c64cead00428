using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real database, with demo data (fewer casussen than the default, for speed).
/// Subclasses choose the provider; the same tests run on both.
/// </summary>
public abstract class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int DemoCasussen = 300;

    /// <summary>The VAPID pair of this app: configured, as in production (no key file written next to the sources).</summary>
    public (string PublicKey, string PrivateKey) Vapid { get; } = Features.Meldingen.VapidSleutels.Maak();

    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    protected virtual string Omgeving => "Testing";

    /// <summary>The demo network, granted in code as a test host (configuration cannot grant it outside Development).</summary>
    protected virtual bool MetDemoData => true;

    /// <summary>Settings a test class changes on top of the test host's (applied last).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Omgeving);
        if (MetDemoData)
        {
            builder.LaadDemoData(DemoCasussen);
        }
        // No Hangfire processing server: a sweep on the real clock would race the tests, which call the jobs
        // directly with a fake clock. Storage, schedules and dashboard stay as in production.
        builder.UseSetting("Hangfire:Enabled", "false");
        // Open pages and hub connections re-check their sign-in every second here (a minute in production), so
        // the tests of access that ends wait seconds, not minutes.
        builder.UseSetting("Authentication:Sessie:HercontroleSeconden", "1");
        builder.UseSetting("Meldingen:Push:PublicKey", Vapid.PublicKey);
        builder.UseSetting("Meldingen:Push:PrivateKey", Vapid.PrivateKey);
        // Every test signs in from the same address (TestServer) and many times with the same demo accounts, and
        // posts and searches as fast as it can: the limits are raised here, and tested at small values in
        // Limieten/LimietenTests (there is no setting that turns them off).
        foreach (var limiet in new[] { "InloggenPerIp", "InloggenPerAccount", "Berichten", "ArchiefZoeken", "HubAanroepen" })
        {
            builder.UseSetting($"Limieten:{limiet}:Aantal", "100000");
        }
        // Two steps are required for Beheerder and Netwerkmanager in production; the tests that sign in as the demo
        // accounts are not about that. TweeStapsTests switches it on (and proves it) with ExtraSettings.
        builder.UseSetting("Authentication:TweeStaps:VerplichtVoor", "");
        foreach (var (key, value) in DatabaseSettings.Concat(ExtraSettings))
        {
            builder.UseSetting(key, value);
        }
        ConfigureTest(builder);
    }

    /// <summary>A test class's own settings or services, applied after the defaults above.</summary>
    protected virtual void ConfigureTest(IWebHostBuilder builder)
    {
    }

    /// <summary>
    /// The portal's cookies are Secure with the __Host- prefix: a cookie container keeps them for https only, as a
    /// browser would, so the test clients talk https (TestServer needs no certificate).
    /// </summary>
    public static readonly Uri Adres = new("https://localhost");

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Adres }));

    public async Task<PortalDbContext> CreateDbContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public virtual Task InitializeAsync()
    {
        // Starting the server applies the migrations and seeds.
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => OnDisposeAsync();

    protected virtual async Task OnDisposeAsync() => await base.DisposeAsync();
}

public class SqlitePortalFactory : PortalFactory
{
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-test-").FullName;

    public string DatabaseFile => Path.Combine(_map, "portal.db");

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteFile"] = DatabaseFile,
    };

    protected override async Task OnDisposeAsync()
    {
        await base.OnDisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}

/// <summary>
/// Needs a real PostgreSQL server: the test script starts one and sets PORTAL_TEST_POSTGRES. Without it these
/// tests fail (they do not skip), so a missing server shows in CI.
/// </summary>
public class PostgreSqlPortalFactory : PortalFactory
{
    private readonly string _database = $"dagbesteding_test_{Guid.NewGuid():N}";

    public static string ServerConnectionString => TestPostgreSql.Server;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:PostgreSqlConnectionString"] = $"{ServerConnectionString};Database={_database}",
        // The production profile: Hangfire keeps its jobs in the same database (schema "hangfire").
        ["Hangfire:Storage"] = "PostgreSql",
    };

    protected override async Task OnDisposeAsync()
    {
        await base.OnDisposeAsync();
        await TestPostgreSql.VerwijderAsync(_database);
    }
}
