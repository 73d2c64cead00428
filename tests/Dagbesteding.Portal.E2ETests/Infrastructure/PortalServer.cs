using Dagbesteding.Portal.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>
/// The real portal on Kestrel (a real port, a real SQLite file, demo data) and Debian's chromium driven by
/// Playwright. Playwright cannot download browsers here, so it launches /usr/bin/chromium; if that is missing
/// the tests fail rather than skip.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-e2e-").FullName;
    private readonly Factory _factory;
    private IPlaywright? _playwright;

    public PortalServer() : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server of its own with some settings changed (internal: xUnit fixtures need one public constructor).</summary>
    internal PortalServer(IReadOnlyDictionary<string, string?> instellingen, Action<IServiceCollection>? diensten = null) =>
        _factory = new Factory(Path.Combine(_map, "portal.db"), instellingen, diensten);

    /// <summary>The flags every chromium of the tests starts with, also one started as its own process.</summary>
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public string BaseUrl { get; private set; } = "";

    /// <summary>What the Content-Security-Policy blocked in any page of the tests (checked after each test by <see cref="CspBewakingAttribute"/>).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentQueue<string> CspOvertredingen = new();

    /// <summary>The app's services: a test prepares data the way the app would (through its services), never by hand-written SQL.</summary>
    public IServiceProvider Services => _factory.Services;
    public string ChromiumPad { get; } = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM") ?? "/usr/bin/chromium";
    public IBrowser Browser { get; private set; } = default!;
    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("The portal server has not started yet.");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var adressen = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = adressen.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

        if (!File.Exists(ChromiumPad))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPad}: run ./scripts/test.sh, which installs Debian's chromium.");
        }
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPad,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public Task<IPage> NewPageAsync(int breedte = 1280, int hoogte = 900) => NewPageAsync(Browser, BaseUrl, breedte, hoogte);

    /// <summary>A page in its own context of <paramref name="browser"/>, with <paramref name="baseUrl"/> as the portal's address
    /// (the portal itself, or a proxy in front of it).</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, string baseUrl, int breedte = 1280, int hoogte = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = breedte, Height = hoogte },
            Locale = "nl-NL",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Browser errors end up in the test output, so a failure in the browser is not silent.
        page.PageError += (_, fout) => Console.WriteLine($"[browser] {fout}");
        // Whatever the Content-Security-Policy blocks fails the test (CspBewaking), so a policy that breaks a
        // script, style, image or connection cannot pass unnoticed.
        page.Console += (_, bericht) =>
        {
            if (bericht.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                CspOvertredingen.Enqueue(bericht.Text);
            }
        };
        await context.ExposeFunctionAsync("portalCspOvertreding", (string tekst) => CspOvertredingen.Enqueue(tekst));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.portalCspOvertreding(`${e.violatedDirective} blokkeerde ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    private sealed class Factory(string databaseFile, IReadOnlyDictionary<string, string?> instellingen, Action<IServiceCollection>? diensten)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqliteFile", databaseFile);
            builder.LaadDemoData(400);
            // Kestrel over http on 127.0.0.1 (the browser treats loopback as secure, so the __Host- session cookie
            // works); the antiforgery cookie needs the local-http allowance, which Production refuses.
            builder.UseSetting("Beveiliging:LokaalHttp", "true");
            // A handful of demo accounts stand in for every person of every browser test; the pages they closed keep
            // counting for the retention time, so the per-person limit (tested in LiveVerbindingTests) is raised here.
            builder.UseSetting("Realtime:MaxCircuitsPerGebruiker", "60");
            // Open pages re-check their sign-in every 2 s here (a minute in production): ToegangTests waits for it.
            builder.UseSetting("Authentication:Sessie:HercontroleSeconden", "2");
            // The same few accounts sign in from 127.0.0.1 for every test; the limits are tested in the integration tests.
            builder.UseSetting("Limieten:InloggenPerIp:Aantal", "100000");
            builder.UseSetting("Limieten:InloggenPerAccount:Aantal", "100000");
            builder.UseSetting("Limieten:Berichten:Aantal", "100000");
            builder.UseSetting("Limieten:ArchiefZoeken:Aantal", "100000");
            var (publicKey, privateKey) = Features.Meldingen.VapidSleutels.Maak();
            builder.UseSetting("Meldingen:Push:PublicKey", publicKey);
            builder.UseSetting("Meldingen:Push:PrivateKey", privateKey);
            // The demo Beheerder and Netwerkmanager sign in with a password only here; TweeStapsTests turns the rule on.
            builder.UseSetting("Authentication:TweeStaps:VerplichtVoor", "");
            foreach (var (sleutel, waarde) in instellingen)
            {
                builder.UseSetting(sleutel, waarde);
            }
            if (diensten is not null)
            {
                builder.ConfigureTestServices(diensten);
            }
        }
    }
}

[CollectionDefinition(Naam)]
public sealed class PortalServerCollection : ICollectionFixture<PortalServer>
{
    public const string Naam = "Portal in een echte browser";
}
