using Dagbesteding.Portal.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddPortalUi();
builder.Services.AddPortalFeatures();
builder.AddPortalJobs();

var app = builder.Build();

try
{
    await app.PrepareDatabaseAsync();
}
catch (PortalStartupException ex)
{
    // A start-up problem the operator can fix: say what and where, no stack trace.
    app.Logger.LogCritical("{Melding}", ex.Message);
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

app.UsePortal();
app.MapPortal();
app.MapPortalJobs();
app.LogPortalUrls();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
