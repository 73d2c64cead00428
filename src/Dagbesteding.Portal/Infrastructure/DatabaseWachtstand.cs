using Dagbesteding.Portal.Features.Beheer.Medewerkers;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Start-up when PostgreSQL is not reachable yet (a node that starts before its database, or during a database
/// restart): instead of stopping — which an orchestrator turns into a silent crash loop — the node answers on its own
/// addresses in a waiting mode (<c>/health/live</c> 200, <c>/health/ready</c> 503, every other request a Dutch 503) and
/// retries with a growing pause until the database can be prepared; then the waiting mode makes way for the portal. A
/// problem that will not pass by itself (a refused sign-in, an error of the server) still stops the start at once.
/// </summary>
public static class DatabaseWachtstand
{
    public const string Melding = "De Dagbesteding Portal start nog: de database is niet bereikbaar. Probeer het over een minuut opnieuw.";

    /// <summary>The pause before each new attempt grows to this and stays there.</summary>
    public static readonly TimeSpan MaximalePauze = TimeSpan.FromSeconds(15);

    /// <summary>True when the database is ready; false when the node was told to stop while it waited.</summary>
    public static async Task<bool> PrepareDatabaseOfWachtAsync(this WebApplication app, string[] args)
    {
        try
        {
            await app.PrepareDatabaseAsync();
            return true;
        }
        catch (PortalStartupException ex) when (ex.IsTijdelijk && !BeheerderCommando.IsCommando(args))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseWachtstand).FullName!);
            await using var wachtstand = Bouw(app, args);
            await wachtstand.StartAsync();
            var stop = wachtstand.Lifetime.ApplicationStopping;
            var fout = ex;
            for (var poging = 1; ; poging++)
            {
                var pauze = Pauze(poging);
                logger.LogWarning("{Fout} Poging {Poging} mislukt; opnieuw over {Seconden} s. Tot dan meldt /health/ready niet gereed.",
                    fout.Message, poging, pauze.TotalSeconds);
                await Task.Delay(pauze, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (stop.IsCancellationRequested)
                {
                    logger.LogWarning("De portal is gestopt voordat de database bereikbaar was.");
                    return false;
                }
                try
                {
                    await app.PrepareDatabaseAsync();
                    logger.LogInformation("De database is bereikbaar na {Pogingen} pogingen; de portal start.", poging + 1);
                    await wachtstand.StopAsync();
                    return true;
                }
                catch (PortalStartupException opnieuw) when (opnieuw.IsTijdelijk)
                {
                    fout = opnieuw;
                }
            }
        }
    }

    /// <summary>1, 2, 4, 8 s, then <see cref="MaximalePauze"/>.</summary>
    public static TimeSpan Pauze(int poging) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(poging - 1, 10)), MaximalePauze.TotalSeconds));

    /// <summary>On the portal's own addresses and endpoint settings (its configuration), with nothing else of the portal.</summary>
    private static WebApplication Bouw(WebApplication app, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, EnvironmentName = app.Environment.EnvironmentName });
        builder.Configuration.AddConfiguration(app.Configuration);
        builder.Logging.ClearProviders();
        var wachtstand = builder.Build();
        wachtstand.MapGet(HealthExtensions.LivePad, () => Results.Text("Healthy", "text/plain; charset=utf-8"));
        wachtstand.MapGet(HealthExtensions.ReadyPad, () => Results.Text("Unhealthy", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable));
        // A fallback endpoint, not terminal middleware: that would run before the two health endpoints.
        wachtstand.MapFallback("{*pad}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(Melding);
        });
        return wachtstand;
    }
}
