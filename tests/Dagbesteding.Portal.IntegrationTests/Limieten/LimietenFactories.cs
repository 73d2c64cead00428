using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Limieten;

/// <summary>Test-only helpers shared by the limit tests: a source address per request, and the SQL the app sends.</summary>
public static class LimietenTestHulp
{
    /// <summary>The request header a test uses to say which address it comes from (TestServer has no real one).</summary>
    public const string IpHeader = "X-Test-Ip";

    public static void MetTestIp(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestIpFilter>());

    public static void MetSqlOpname(this IWebHostBuilder builder, SqlOpname opname) =>
        builder.ConfigureServices(services => services.ConfigureDbContext<PortalDbContext>((_, options) => options.AddInterceptors(opname)));

    private sealed class TestIpFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate volgende) =>
            {
                if (context.Request.Headers.TryGetValue(IpHeader, out var ip) && IPAddress.TryParse(ip, out var adres))
                {
                    context.Connection.RemoteIpAddress = adres;
                }
                return volgende(context);
            });
            next(app);
        };
    }
}

/// <summary>Every SQL command text the app executes, for assertions on what reached the database.</summary>
public sealed class SqlOpname : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commandos = new();

    public IReadOnlyList<string> Commandos => [.. _commandos];

    public void Wis() => _commandos.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commandos.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>
/// Small login limits: 4 attempts per source at once (then one every 10 s), 5 per account — Identity's lockout
/// threshold, so a lockout would show — at once (then one every 6 s).
/// </summary>
public sealed class InlogLimietenFactory : SqlitePortalFactory
{
    public const int PerIp = 4;
    public const int PerIpSeconden = 40;
    public const int PerAccount = 5;
    public const int PerAccountSeconden = 30;

    protected override void ConfigureTest(IWebHostBuilder builder)
    {
        builder.UseSetting("Limieten:InloggenPerIp:Aantal", PerIp.ToString());
        builder.UseSetting("Limieten:InloggenPerIp:Seconden", PerIpSeconden.ToString());
        builder.UseSetting("Limieten:InloggenPerAccount:Aantal", PerAccount.ToString());
        builder.UseSetting("Limieten:InloggenPerAccount:Seconden", PerAccountSeconden.ToString());
        builder.MetTestIp();
    }
}

/// <summary>Small limits for posting, archive search and hub calls (3 at once, then one every 20 s), a 4 KB hub message limit, and the SQL recorded.</summary>
public static class WerkLimieten
{
    public const int Aantal = 3;
    public const int HubMaxBerichtBytes = 4096;

    public static void Pas(IWebHostBuilder builder, SqlOpname opname)
    {
        foreach (var limiet in new[] { "Berichten", "ArchiefZoeken", "HubAanroepen" })
        {
            builder.UseSetting($"Limieten:{limiet}:Aantal", Aantal.ToString());
            builder.UseSetting($"Limieten:{limiet}:Seconden", "60");
        }
        builder.UseSetting("Limieten:HubMaxBerichtBytes", HubMaxBerichtBytes.ToString());
        builder.MetSqlOpname(opname);
    }
}

public sealed class WerkLimietenSqliteFactory : SqlitePortalFactory
{
    public SqlOpname Sql { get; } = new();

    protected override void ConfigureTest(IWebHostBuilder builder) => WerkLimieten.Pas(builder, Sql);
}

public sealed class WerkLimietenPostgreSqlFactory : PostgreSqlPortalFactory
{
    public SqlOpname Sql { get; } = new();

    protected override void ConfigureTest(IWebHostBuilder builder) => WerkLimieten.Pas(builder, Sql);
}
