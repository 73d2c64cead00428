using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Beveiliging;

/// <summary>
/// Headers, cookies, forwarded headers and the Origin check of the real pipeline (Testing is not Development, so HSTS
/// and HTTPS redirection are on). Provider-independent, so on SQLite only.
/// </summary>
public sealed class BeveiligingsHeaderTests(BeveiligingsHeaderTests.Factory factory) : IClassFixture<BeveiligingsHeaderTests.Factory>
{
    private const string Proxy = "10.0.0.5";

    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://portal.example.org") });

    [Theory]
    [InlineData("/inloggen", HttpStatusCode.OK)]
    [InlineData("/css/portal.css", HttpStatusCode.OK)]
    [InlineData("/sw.js", HttpStatusCode.OK)]
    [InlineData("/casussen", HttpStatusCode.Redirect)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string pad, HttpStatusCode status)
    {
        using var antwoord = await Client().GetAsync(pad);

        Assert.Equal(status, antwoord.StatusCode);
        AssertBeveiligingsHeaders(antwoord);
    }

    [Fact]
    public async Task PortalPageAndAnError_CarryTheSecurityHeaders()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://portal.example.org"),
        }));
        await client.LogInSuccessfullyAsync("regievoerder.west@example.org");
        using var pagina = await client.GetAsync("/casussen");
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        AssertBeveiligingsHeaders(pagina);

        // An error response: a login form post without its antiforgery token is refused.
        using var fout = await client.Http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "inloggen" }));
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        AssertBeveiligingsHeaders(fout);
        using var nietGevonden = await client.GetAsync("/bestaat-niet/ook-niet");
        AssertBeveiligingsHeaders(nietGevonden);
    }

    [Fact]
    public async Task LoginPage_ScriptsAreFilesAndTheImportMapCarriesTheNonceOfItsOwnPolicy()
    {
        using var eerste = await Client().GetAsync("/inloggen");
        using var tweede = await Client().GetAsync("/inloggen");
        var policy = eerste.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        var html = await eerste.Content.ReadAsStringAsync();

        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("unsafe-inline", Directive(policy, "script-src"));
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains($"nonce=\"{nonce}\"", Regex.Match(html, "<script[^>]*type=\"importmap\"[^>]*>").Value);
        // Every other script is a file.
        Assert.All(Regex.Matches(html, "<script(?![^>]*type=\"importmap\")[^>]*>").Select(m => m.Value), s => Assert.Contains("src=", s));
        Assert.NotEqual(policy, tweede.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Cookies_AreSecureHttpOnlySameSiteAndHostPrefixed()
    {
        using var formulier = await Client().GetAsync("/inloggen");
        var antiforgery = Assert.Single(SetCookies(formulier), c => c.StartsWith("__Host-Dagbesteding.Antiforgery="));
        AssertHostCookie(antiforgery, "strict");

        var sessie = await factory.InlogCookieAsync("regievoerder.west@example.org");
        Assert.StartsWith("__Host-Dagbesteding.Sessie=", sessie);
        using var http = Client();
        var login = await LoginAntwoordAsync(http);
        AssertHostCookie(Assert.Single(SetCookies(login), c => c.StartsWith("__Host-Dagbesteding.Sessie=")), "lax");
    }

    [Fact]
    public async Task ForwardedProto_IsBelievedFromAKnownProxyOnly()
    {
        static void Verzoek(HttpContext c, string vanaf)
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("portal.example.org");
            c.Request.Path = "/inloggen";
            c.Connection.RemoteIpAddress = IPAddress.Parse(vanaf);
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        }

        var viaProxy = await factory.Server.SendAsync(c => Verzoek(c, Proxy));
        var vanOnbekende = await factory.Server.SendAsync(c => Verzoek(c, "10.0.0.6"));

        Assert.Equal(StatusCodes.Status200OK, viaProxy.Response.StatusCode);
        Assert.True(viaProxy.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal(IPAddress.Parse("203.0.113.9"), viaProxy.Connection.RemoteIpAddress);
        // Not believed: the request stays plain http and is sent to https.
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, vanOnbekende.Response.StatusCode);
        Assert.Equal("https://portal.example.org/inloggen", vanOnbekende.Response.Headers.Location.ToString());
        Assert.Equal(IPAddress.Parse("10.0.0.6"), vanOnbekende.Connection.RemoteIpAddress);
    }

    [Theory]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/hubs/netwerk/negotiate?negotiateVersion=1")]
    public async Task CrossSiteOrigin_IsRefusedAndLogged_SameOriginIsAccepted(string pad)
    {
        var cookie = await factory.InlogCookieAsync("regievoerder.west@example.org");
        async Task<HttpResponseMessage> NegotiateAsync(string origin)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, pad);
            verzoek.Headers.Add("Cookie", cookie);
            verzoek.Headers.Add("Origin", origin);
            return await Client().SendAsync(verzoek);
        }

        using var vreemd = await NegotiateAsync("https://aanvaller.example.net");
        using var eigen = await NegotiateAsync("https://portal.example.org");

        Assert.Equal(HttpStatusCode.Forbidden, vreemd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        Assert.Contains(factory.Services.GetFakeLogCollector().GetSnapshot(),
            r => r.Message.Contains("geweigerd") && r.Message.Contains("https://aanvaller.example.net") && r.Message.Contains(pad.Split('?')[0].Replace("/negotiate", "")));
    }

    [Fact]
    public async Task CrossSiteWebSocket_ToTheHub_IsRefused_SameOriginConnects()
    {
        var cookie = await factory.InlogCookieAsync("regievoerder.west@example.org");
        async Task<string> TokenAsync()
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/hubs/netwerk/negotiate?negotiateVersion=1");
            verzoek.Headers.Add("Cookie", cookie);
            var antwoord = await Client().SendAsync(verzoek);
            return Regex.Match(await antwoord.Content.ReadAsStringAsync(), "\"connectionToken\":\"([^\"]+)\"").Groups[1].Value;
        }
        Task<System.Net.WebSockets.WebSocket> VerbindAsync(string origin, string token)
        {
            var client = factory.Server.CreateWebSocketClient();
            client.ConfigureRequest = r =>
            {
                r.Headers.Cookie = cookie;
                r.Headers.Origin = origin;
                r.Host = new HostString("portal.example.org");
            };
            return client.ConnectAsync(new Uri($"wss://portal.example.org/hubs/netwerk?id={token}"), CancellationToken.None);
        }

        var fout = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => VerbindAsync("https://aanvaller.example.net", "x"));
        Assert.Contains("403", fout.Message);
        using var socket = await VerbindAsync("https://portal.example.org", await TokenAsync());
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    private static void AssertBeveiligingsHeaders(HttpResponseMessage antwoord)
    {
        var policy = antwoord.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal("'self'", Directive(policy, "default-src"));
        Assert.Matches("^'self' 'nonce-[A-Za-z0-9+/=]{20,}'$", Directive(policy, "script-src"));
        Assert.Equal("'self'", Directive(policy, "connect-src"));
        Assert.Equal("'self'", Directive(policy, "worker-src"));
        Assert.Equal("'none'", Directive(policy, "frame-ancestors"));
        Assert.Equal("'none'", Directive(policy, "object-src"));
        Assert.Equal("'self'", Directive(policy, "base-uri"));
        Assert.Equal("'self'", Directive(policy, "form-action"));
        Assert.Equal("nosniff", antwoord.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", antwoord.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", antwoord.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("camera=()", antwoord.Headers.GetValues("Permissions-Policy").Single());
        Assert.StartsWith("max-age=31536000", antwoord.Headers.GetValues("Strict-Transport-Security").Single());
    }

    private static string Directive(string policy, string naam) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(naam + " ", StringComparison.Ordinal))[(naam.Length + 1)..];

    private static IEnumerable<string> SetCookies(HttpResponseMessage antwoord) =>
        antwoord.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden : [];

    private static void AssertHostCookie(string cookie, string sameSite)
    {
        var delen = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(d => d.ToLowerInvariant()).ToList();
        Assert.Contains("secure", delen);
        Assert.Contains("httponly", delen);
        Assert.Contains("path=/", delen);
        Assert.Contains($"samesite={sameSite}", delen);
        Assert.DoesNotContain(delen, d => d.StartsWith("domain="));
    }

    private static async Task<HttpResponseMessage> LoginAntwoordAsync(HttpClient http)
    {
        var formulier = await http.GetAsync("/inloggen");
        var antiforgery = string.Join("; ", SetCookies(formulier).Select(c => c.Split(';')[0]));
        var token = Regex.Match(await formulier.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen",
                ["__RequestVerificationToken"] = token,
                ["Invoer.Email"] = "regievoerder.west@example.org",
                ["Invoer.Wachtwoord"] = PortalClient.Wachtwoord,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var antwoord = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return antwoord;
    }

    /// <summary>The real app with a known proxy, an https port to redirect to, and its log kept for the assertions.</summary>
    public sealed class Factory : PortalFactory
    {
        private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-beveiliging-").FullName;

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqliteFile"] = Path.Combine(_map, "portal.db"),
            ["Beveiliging:ProxyAdressen:0"] = Proxy,
            ["https_port"] = "443",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddFakeLogging());
        }

        protected override async Task OnDisposeAsync()
        {
            await base.OnDisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }
    }
}
