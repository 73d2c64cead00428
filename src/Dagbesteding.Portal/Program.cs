using Dagbesteding.Portal.Features.Beheer.Medewerkers;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Infrastructure.Afsluiten;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalDatabase();
    builder.AddPortalIdentity();
    builder.AddPortalUi();
    builder.AddPortalRealtime();
    builder.AddPortalLimieten();
    builder.Services.AddPortalFeatures();
    builder.AddPortalJobs();
    builder.AddPortalAfsluiten();
    builder.AddPortalHealth();
    builder.AddPortalTelemetrie();

    app = builder.Build();
    app.ControleerInstellingen();
    if (!await app.PrepareDatabaseOfWachtAsync(args))
    {
        return 0;
    }
    // A console command (the first Beheerder) runs against the migrated database and exits; no web server starts.
    if (BeheerderCommando.IsCommando(args))
    {
        return await BeheerderCommando.UitvoerenAsync(app.Services, args, Console.Out, Console.Error);
    }
}
catch (PortalStartupException ex)
{
    // A start-up problem the operator can fix: say what and where, no stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

app.UsePortal();
app.UsePortalLimieten();
app.MapPortal();
app.MapPortalRealtime();
app.MapPortalHealth();
// After PrepareDatabaseAsync: Hangfire's PostgreSQL storage needs the database to exist.
app.MapPortalJobs();
app.LogPortalUrls();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
