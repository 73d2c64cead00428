using Dagbesteding.Portal.Data.Seed;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>The real portal on Kestrel (fresh SQLite file, demo data), with the limits raised for thousands of circuits of one user.</summary>
public sealed class CircuitPortal(int casussen) : WebApplicationFactory<Program>
{
    /// <summary>Circuits kept after their connection dropped; also the portal setting Realtime:MaxBewaardeCircuits.</summary>
    public const int MaxBewaard = 5000;

    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-circuits-").FullName;

    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = adres.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/') + "/";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Dagbesteding.Portal");
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:SqliteFile", Path.Combine(_map, "bench.db"));
        // Few enough casussen that every column of West holds fewer than 25 cards: every card is on the board.
        builder.LaadDemoData(casussen);
        builder.UseSetting("Hangfire:Enabled", "false");
        // Plain http on loopback, as the E2E servers: without it the antiforgery cookie (Secure) refuses the login form.
        builder.UseSetting("Beveiliging:LokaalHttp", "true");
        // Bench clients sign in and post from one address as fast as they can; the limits are tested in the integration tests.
        foreach (var limiet in new[] { "InloggenPerIp", "InloggenPerAccount", "Berichten", "ArchiefZoeken", "HubAanroepen" })
        {
            builder.UseSetting($"Limieten:{limiet}:Aantal", "1000000");
        }
        // One bench user opens thousands of tabs; these are the portal's own limits once it has them.
        builder.UseSetting("Realtime:MaxCircuitsPerGebruiker", "100000");
        builder.UseSetting("Realtime:MaxBewaardeCircuits", MaxBewaard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // Where the portal does not read that setting yet, Blazor's own default (100) would dispose most of the
        // dropped circuits at N = 2000 instead of keeping them: raise it here too, with the same value.
        builder.ConfigureTestServices(services =>
            services.PostConfigure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = Math.Max(o.DisconnectedCircuitMaxRetained, MaxBewaard)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
