using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench;

/// <summary>The real portal on Kestrel with a fresh SQLite file and demo data, as in the E2E tests.</summary>
public sealed class BenchPortal : WebApplicationFactory<Program>
{
    private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-bench-").FullName;

    public string BaseUrl { get; private set; } = "";

    public static Task<BenchPortal> StartAsync()
    {
        var portal = new BenchPortal();
        portal.UseKestrel(0);
        portal.StartServer();
        var adres = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        portal.BaseUrl = adres.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        return Task.FromResult(portal);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Dagbesteding.Portal");
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:SqliteFile", Path.Combine(_map, "bench.db"));
        builder.LaadDemoData();
        builder.UseSetting("Hangfire:Enabled", "false");
        // Bench clients sign in and post from one address as fast as they can; the limits are tested in the integration tests.
        foreach (var limiet in new[] { "InloggenPerIp", "InloggenPerAccount", "Berichten", "ArchiefZoeken", "HubAanroepen" })
        {
            builder.UseSetting($"Limieten:{limiet}:Aantal", "1000000");
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Signs in through the real login form and returns the session cookie.</summary>
    public async Task<string> InlogCookieAsync(string email)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
        var formulier = await http.GetAsync("/inloggen");
        var antiforgery = Cookies(formulier);
        var token = Regex.Match(await formulier.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen",
                ["__RequestVerificationToken"] = token,
                ["Invoer.Email"] = email,
                ["Invoer.Wachtwoord"] = "Dagbesteding!2026",
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var antwoord = await http.SendAsync(post);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggen als {email} mislukt: {antwoord.StatusCode}");
        }
        return Cookies(antwoord);
    }

    private static string Cookies(HttpResponseMessage antwoord) =>
        string.Join("; ", antwoord.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden.Select(w => w.Split(';')[0]) : []);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}
