using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Jobs;
using Dagbesteding.Portal.Realtime;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Background jobs (Hangfire): storage from Hangfire:Storage, the processing server unless Hangfire:Enabled is
/// false, the recurring schedules of <see cref="JobSchedules"/> and the dashboard for the Beheerder.
/// </summary>
public static class JobsExtensions
{
    public const string DashboardPad = "/beheer/jobs";

    public static WebApplicationBuilder AddPortalJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(JobsOptions.Section);
        JobsOptions jobs;
        try
        {
            jobs = section.Get<JobsOptions>() ?? new JobsOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new PortalStartupException(
                $"De instelling Hangfire ({ex.Message.Trim()}) is ongeldig. Hangfire:Storage is InMemory of PostgreSql, Hangfire:Enabled is true of false.", ex);
        }
        services.Configure<JobsOptions>(section);
        services.AddOptions<NetwerkOptions>().Bind(builder.Configuration.GetSection(NetwerkOptions.Section))
            .Validate(o => o.BewaartermijnMaanden >= 1, "Netwerk:BewaartermijnMaanden is 1 of meer.")
            .Validate(o => o.SpoedWaarschuwingWerkdagen is > 0 and <= AdviesvraagService.ReactietermijnWerkdagen,
                $"Netwerk:SpoedWaarschuwingWerkdagen ligt boven 0 en is hoogstens {AdviesvraagService.ReactietermijnWerkdagen} (bijvoorbeeld 0.5 voor een halve werkdag).")
            .ValidateOnStart();
        services.AddOptions<EvaluatiesOptions>().Bind(builder.Configuration.GetSection(EvaluatiesOptions.Section))
            .Validate(o => o.JobHorizonDagen is >= 1 and <= 366, "Evaluaties:JobHorizonDagen ligt tussen 1 en 366.")
            .Validate(o => o.ReconcileMinuten is >= 1 and <= 59, "Evaluaties:ReconcileMinuten ligt tussen 1 en 59.")
            .ValidateOnStart();

        services.AddTransient<AdviesvraagTermijnJob>();
        services.AddTransient<BewaartermijnJob>();
        services.AddTransient<AuditBewaartermijnJob>();
        services.AddTransient<SessieOpruimJob>();
        services.AddTransient<EvaluatieOpenenJob>();
        services.AddTransient<EvaluatieAfstemJob>();
        services.AddTransient<MeldingBezorgJob>();
        services.AddOptions<MeldingenOptions>().Bind(builder.Configuration.GetSection(MeldingenOptions.Section))
            .Validate(o => o.WerktijdVan < o.WerktijdTot, "Meldingen:WerktijdVan ligt voor Meldingen:WerktijdTot (bijvoorbeeld 08:00 en 18:00).")
            .Validate(o => Uri.TryCreate(o.PortalUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
                "Meldingen:PortalUrl is het adres van de portal, bijvoorbeeld https://dagbesteding.amsterdam.nl.")
            .Validate(o => !o.Push.Enabled || o.Push.Subject.StartsWith("mailto:", StringComparison.Ordinal)
                || (Uri.TryCreate(o.Push.Subject, UriKind.Absolute, out var s) && s.Scheme == "https"),
                "Meldingen:Push:Subject begint met mailto: of https:// (een adres waar pushdiensten de beheerder bereiken).")
            .Validate(o => !o.Email.Enabled || (o.Email.Host.Length > 0 && o.Email.Port is > 0 and < 65536
                && Enum.TryParse<MailKit.Security.SecureSocketOptions>(o.Email.Beveiliging, true, out _) && MimeKit.MailboxAddress.TryParse(o.Email.Afzender, out _)),
                "Meldingen:Email is aan, maar Host, Port, Beveiliging (None, Auto, StartTls, SslOnConnect) of Afzender klopt niet.")
            .ValidateOnStart();

        // Storage and activator are registered per app instead of through Hangfire's static JobStorage.Current /
        // JobActivator.Current, so two apps in one process (the integration tests) never share or swap them.
        services.AddSingleton<JobStorage>(provider => MaakOpslag(jobs.Storage, provider));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new PortalHangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        if (jobs.Enabled)
        {
            services.AddHangfireServer(options =>
            {
                options.ServerName = $"dagbesteding-{Environment.MachineName}";
                options.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(jobs.SchedulePollingSeconden, 1, 300));
                // On SIGTERM (after the drain): a running job gets StopTimeout to finish, then its CancellationToken fires and
                // Hangfire puts it back at the head of its queue, for this node after a restart or for another node now.
                // Every job is derived from the database and may run again. Both fit in AfsluitExtensions.StopNaWachttijd.
                options.StopTimeout = TimeSpan.FromSeconds(5);
                options.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
        }
        return builder;
    }

    /// <summary>
    /// Registers the recurring jobs and maps the dashboard. Call after the database is prepared: PostgreSQL
    /// storage creates its schema "hangfire" in the portal database on first use.
    /// </summary>
    public static WebApplication MapPortalJobs(this WebApplication app)
    {
        JobSchedules.Registreer(app.Services.GetRequiredService<IRecurringJobManager>(),
            app.Services.GetRequiredService<IOptions<EvaluatiesOptions>>().Value);
        if (app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.Enabled)
        {
            // At start-up, not only every few minutes: with in-memory storage every scheduled job was lost with the
            // process, and a start that passed while the portal was down opens now.
            app.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<EvaluatieAfstemJob>(job => job.UitvoerenAsync(CancellationToken.None));
        }

        app.MapHangfireDashboard(DashboardPad, new DashboardOptions
        {
            DashboardTitle = "Achtergrondtaken · Dagbesteding Portal",
            AppPath = "/beheer",
            DisplayStorageConnectionString = false,
            Authorization = [new BeheerderDashboardFilter()],
        })
        // Also as endpoint policy: the wrong user gets the portal's own "geen toegang" page, a visitor the login.
        .RequireAuthorization(policy => policy.RequireRole(Rollen.Beheerder));
        return app;
    }

    private static JobStorage MaakOpslag(JobOpslag opslag, IServiceProvider provider)
    {
        if (opslag != JobOpslag.PostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }
        var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var connectionString = database.PostgreSqlConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new PortalStartupException("Hangfire:Storage is PostgreSql, maar Database:PostgreSqlConnectionString is leeg.");
        }
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}

/// <summary>The Hangfire dashboard is for the Beheerder only (it can trigger and delete jobs).</summary>
public sealed class BeheerderDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Rollen.Beheerder);
}

/// <summary>
/// Hangfire keeps its log provider in a static field, so in a process with more than one app (the integration
/// tests) it may point at the logger factory of an app that has already stopped. Then Hangfire logs nothing
/// instead of failing; with one app per process (production) this is the plain ASP.NET Core log provider.
/// </summary>
internal sealed class PortalHangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _logProvider = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _logProvider.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return GeenLog.Instantie;
        }
    }

    private sealed class GeenLog : ILog
    {
        public static readonly GeenLog Instantie = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
