using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.E2ETests.Pages;
using Dagbesteding.Portal.Infrastructure;
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
    public static string PostgreSqlServer =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

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
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            Assert.False(portal.IsGestopt, $"De portal op poort {poort} stopte bij het starten:\n{portal.Uitvoer}");
            try
            {
                using var antwoord = await http.GetAsync($"http://127.0.0.1:{poort}{HealthExtensions.ReadyPad}");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    return portal;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            Assert.True(DateTime.UtcNow < tot, $"De portal op poort {poort} werd niet gereed:\n{portal.Uitvoer}");
            await Task.Delay(200);
        }
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

    public static async Task DropPostgreSqlAsync(string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var verbinding = new Npgsql.NpgsqlConnection($"{PostgreSqlServer};Database=postgres");
        await verbinding.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", verbinding);
        await drop.ExecuteNonQueryAsync();
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
