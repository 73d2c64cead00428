using System.Net;
using System.Text;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// /health/live and /health/ready on SQLite, probed as a load balancer does: anonymous, plain http on localhost, in an
/// environment that is not Development (so HSTS and the https redirect are on, with an https port to redirect to).
/// </summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly Portal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    [Fact]
    public async Task Live_AnonymousOverPlainHttp_Is200Healthy_WithTheSecurityHeaders_WhilePagesAreSentToHttps()
    {
        using var probe = _portal.Probe();

        using var live = await probe.GetAsync(HealthExtensions.LivePad);
        using var pagina = await probe.GetAsync("/inloggen");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", live.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", live.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("default-src 'self'", live.Headers.GetValues("Content-Security-Policy").Single());
        // The redirect is on for everything else: only the health paths are left out of it.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, pagina.StatusCode);
        Assert.Equal("https://localhost/inloggen", pagina.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Ready_WithAGoodDatabase_Is200Healthy_AlsoForAPostWithoutAntiforgery()
    {
        using var probe = _portal.Probe();

        var (status, tekst) = await probe.VraagAsync();
        using var post = await probe.PostAsync(HealthExtensions.ReadyPad, new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", tekst);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.DoesNotContain(_portal.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.StartsWith("Gereedheid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_DatabaseFileDamaged_Is503WithOnlyUnhealthy_LiveStays200_AndTheComponentIsLogged()
    {
        using var probe = _portal.Probe();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());

        // EF Core makes the file in WAL mode, where an open connection does not see the main file change: closing the
        // pooled connections first puts everything in the file, and the next connection reads what is there now.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var origineel = await File.ReadAllBytesAsync(_portal.DatabaseFile);
        await File.WriteAllBytesAsync(_portal.DatabaseFile, Encoding.ASCII.GetBytes(new string('x', 8192)));
        var (status, tekst) = await probe.VraagAsync();
        var live = await probe.VraagAsync(HealthExtensions.LivePad);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        // Exactly the verdict: not SQLite's "file is not a database", not the component, not the path.
        Assert.Equal("Unhealthy", tekst);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), live);
        var waarschuwing = Assert.Single(_portal.Services.GetFakeLogCollector().GetSnapshot(),
            r => r.Level == LogLevel.Warning && r.Message.StartsWith("Gereedheid", StringComparison.Ordinal));
        // Opening a connection already reads the file (the portal's pragmas, SqlitePragmas), so the damage shows there.
        Assert.Equal("Gereedheid: database is niet bereikbaar (geen verbinding).", waarschuwing.Message);
        Assert.Null(waarschuwing.Exception);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(_portal.DatabaseFile, origineel);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());
    }

    [Fact]
    public async Task Ready_DatabaseFileGone_Is503Unhealthy_AndNoEmptyFileIsCreatedInItsPlace()
    {
        using var probe = _portal.Probe();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(_portal.DatabaseFile, _portal.DatabaseFile + ".weg");

        var (status, tekst) = await probe.VraagAsync();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (status, tekst));
        Assert.False(File.Exists(_portal.DatabaseFile));
        Assert.Contains(_portal.Services.GetFakeLogCollector().GetSnapshot(),
            r => r.Level == LogLevel.Warning && r.Message == "Gereedheid: database is niet bereikbaar (geen verbinding).");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    /// <summary>No demo data (readiness needs only the schema); an https port so the redirect really happens.</summary>
    private sealed class Portal : SqlitePortalFactory
    {
        protected override bool MetDemoData => false;

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["https_port"] = "443" };

        protected override void ConfigureTest(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddFakeLogging());
    }
}
