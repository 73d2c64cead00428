using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Productie;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>
/// The portal as its own process for the browser tests that kill, stop or restart it (<see cref="PortalProces"/>): the
/// demo network seeded in-process first (demo data is granted only to a test host), then started as an operator does,
/// with the settings a browser on 127.0.0.1 and a handful of demo accounts need, and pages signed in on it.
/// </summary>
public static partial class ProcesNode
{
    public static string PostgreSqlServer => TestPostgreSql.Server;

    /// <summary>Plain http on loopback, password-only sign-in of the demo accounts, limits out of the way (as PortalServer).</summary>
    public static readonly IReadOnlyDictionary<string, string> BrowserInstellingen = new Dictionary<string, string>
    {
        ["Beveiliging:LokaalHttp"] = "true",
        ["Authentication:TweeStaps:VerplichtVoor"] = "",
        ["Realtime:MaxCircuitsPerGebruiker"] = "60",
        ["Limieten:InloggenPerIp:Aantal"] = "100000",
        ["Limieten:InloggenPerAccount:Aantal"] = "100000",
        ["Limieten:Berichten:Aantal"] = "100000",
    };

    /// <summary>Migrates and seeds the demo network into the database of <paramref name="database"/> (Database:* settings).</summary>
    public static void Zaai(IReadOnlyDictionary<string, string> database)
    {
        using var zaaier = new Zaaier(database);
        _ = zaaier.Server;
    }

    /// <summary>Starts the portal on <paramref name="poort"/> and waits until /health/ready says 200.</summary>
    public static async Task<PortalProces> StartGereedAsync(int poort, IReadOnlyDictionary<string, string> instellingen)
    {
        var portal = PortalProces.Start(poort, instellingen);
        await portal.WachtTotGereedAsync(poort);
        return portal;
    }

    public static Task<IBrowser> StartChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM") ?? "/usr/bin/chromium",
        Headless = true,
        Args = PortalServer.ChromiumArgs,
    });

    /// <summary>A page of its own browser context, signed in as <paramref name="email"/> on the portal at <paramref name="poort"/>.</summary>
    public static async Task<IPage> IngelogdAsync(IBrowser browser, int poort, string email)
    {
        var pagina = await PortalServer.NewPageAsync(browser, $"http://127.0.0.1:{poort}");
        await new LoginPage(pagina).LogInAsync(email);
        await Expect(pagina).Not.ToHaveURLAsync(InlogAdres());
        return pagina;
    }

    [GeneratedRegex("/inloggen")]
    private static partial Regex InlogAdres();

    private sealed class Zaaier(IReadOnlyDictionary<string, string> database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (sleutel, waarde) in database)
            {
                builder.UseSetting(sleutel, waarde);
            }
            builder.UseSetting("Hangfire:Enabled", "false");
            builder.UseSetting("Hangfire:Storage", "InMemory");
            builder.LaadDemoData(200);
        }
    }
}

/// <summary>
/// The browser tests that kill, stop or restart real portal processes run after all others and alone: each holds a
/// process, its background jobs and a browser, and on two cores running beside other tests made their own timings
/// (and the others') flaky. Their verdicts are about losing nothing, not about speed under someone else's load.
/// </summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class EchteProcessenCollection
{
    public const string Naam = "Echte portalprocessen, alleen";
}
