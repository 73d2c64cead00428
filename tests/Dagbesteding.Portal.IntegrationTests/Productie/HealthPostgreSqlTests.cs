using System.Diagnostics;
using System.Net;
using Dagbesteding.Portal.Infrastructure.Health;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Npgsql;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// /health/ready on PostgreSQL with Hangfire's PostgreSQL storage, as in production. The app reaches the test's
/// PostgreSQL server through a <see cref="TcpDoorgifte"/>, so the test can take the database away (a closed port, a
/// server that hangs) and give it back without touching the server other tests use.
/// </summary>
public sealed class HealthPostgreSqlTests : IAsyncLifetime
{
    private readonly string _database = $"dagbesteding_health_{Guid.NewGuid():N}";
    private readonly NpgsqlConnectionStringBuilder _server = new(PostgreSqlPortalFactory.ServerConnectionString);
    private TcpDoorgifte _doorgifte = default!;
    private Portal? _portal;

    public Task InitializeAsync()
    {
        _doorgifte = new TcpDoorgifte(IPAddress.TryParse(_server.Host, out var ip) ? ip.ToString() : "127.0.0.1", _server.Port);
        return Task.CompletedTask;
    }

    private Portal Start(bool hangfire)
    {
        var viaDoorgifte = new NpgsqlConnectionStringBuilder(_server.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = _doorgifte.Poort,
            Database = _database,
        };
        _portal = new Portal(viaDoorgifte.ConnectionString, hangfire);
        _ = _portal.Server;
        return _portal;
    }

    [Fact]
    public async Task Ready_WithDatabaseAndHangfireReachable_Is200Healthy()
    {
        using var probe = Start(hangfire: true).Probe();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());
    }

    [Fact]
    public async Task Ready_DatabasePortClosed_Is503Unhealthy_NamesDatabaseAndHangfireInTheLogOnly_AndRecovers()
    {
        var portal = Start(hangfire: true);
        using var probe = portal.Probe();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());

        _doorgifte.Sluit();
        var (status, tekst) = await probe.VraagAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", tekst);
        var logs = portal.Services.GetFakeLogCollector().GetSnapshot();
        var waarschuwingen = logs.Where(r => r.Level == LogLevel.Warning && r.Category == typeof(DatabaseCheck).FullName).ToList();
        Assert.NotEmpty(waarschuwingen);
        Assert.All(waarschuwingen, w => Assert.StartsWith("Gereedheid: database is niet bereikbaar (", w.Message));
        Assert.Contains(logs, r => r.Level == LogLevel.Warning && r.Category == typeof(HangfireCheck).FullName
            && r.Message.StartsWith("Gereedheid: hangfire is niet bereikbaar (", StringComparison.Ordinal));
        // Neither the checks' warnings nor the framework's own line about them carry the driver's exception or the address.
        Assert.All(logs.Where(r => r.Category is { } c && (c.Contains("HealthCheck", StringComparison.Ordinal) || c.StartsWith(typeof(DatabaseCheck).Namespace!, StringComparison.Ordinal))), r =>
        {
            Assert.Null(r.Exception);
            Assert.DoesNotContain("127.0.0.1", r.Message);
            Assert.DoesNotContain("Password", r.Message, StringComparison.OrdinalIgnoreCase);
        });

        _doorgifte.Open();
        Assert.Equal("Healthy", await probe.WachtOpAsync(HttpStatusCode.OK, seconden: 20));
    }

    [Fact]
    public async Task Ready_DatabaseHangs_Is503WithinTheTimeLimit()
    {
        using var probe = Start(hangfire: false).Probe();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await probe.VraagAsync());

        _doorgifte.Zwijg();
        var klok = Stopwatch.StartNew();
        var (status, tekst) = await probe.VraagAsync();
        klok.Stop();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (status, tekst));
        // Npgsql alone would wait 15 s for the server; the check gives up after its 3 s.
        Assert.InRange(klok.Elapsed, GereedheidsCheck.Tijdslimiet - TimeSpan.FromMilliseconds(100), GereedheidsCheck.Tijdslimiet + TimeSpan.FromSeconds(3));
        Assert.Contains(_portal!.Services.GetFakeLogCollector().GetSnapshot(),
            r => r.Level == LogLevel.Warning && r.Message == "Gereedheid: database is niet bereikbaar (geen antwoord binnen 3 s).");
    }

    public async Task DisposeAsync()
    {
        // Connections first, so the app (and Hangfire's server) stops without waiting on a silent database.
        _doorgifte.Open();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
        await _doorgifte.DisposeAsync();
        await TestPostgreSql.VerwijderAsync(_database);
    }

    private sealed class Portal(string database, bool hangfire) : PortalFactory
    {
        protected override bool MetDemoData => false;

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:PostgreSqlConnectionString"] = database,
            ["Hangfire:Storage"] = "PostgreSql",
            // The processing server on: readiness checks Hangfire's storage only when Hangfire runs jobs.
            ["Hangfire:Enabled"] = hangfire ? "true" : "false",
        };

        protected override void ConfigureTest(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddFakeLogging());
    }
}
