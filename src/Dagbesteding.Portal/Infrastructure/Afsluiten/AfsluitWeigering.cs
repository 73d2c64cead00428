using Microsoft.Net.Http.Headers;

namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>
/// While the node stops: a new circuit or hub connection (their negotiate request) and a new page are refused with
/// 503 and Retry-After, so the browser or the load balancer goes to another node instead of starting something
/// here that is cut off seconds later. What is already running — open circuits, a form post on its way, the
/// health probes — is served to the end.
/// </summary>
public static class AfsluitWeigering
{
    public const string Melding = "Deze server van de Dagbesteding Portal wordt opnieuw gestart. Probeer het over een paar seconden opnieuw.";

    public static IApplicationBuilder UseAfsluitWeigering(this IApplicationBuilder app)
    {
        var status = app.ApplicationServices.GetRequiredService<Afsluitstatus>();
        return app.Use(async (context, next) =>
        {
            if (status.IsBezig && IsNieuw(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "5";
                context.Response.Headers.Connection = "close";
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Melding);
                return;
            }
            await next(context);
        });
    }

    /// <summary>A request that starts something new: a negotiate of any SignalR endpoint, or a page a browser navigates to.</summary>
    public static bool IsNieuw(HttpRequest request)
    {
        if (HealthExtensions.IsHealthPad(request.Path))
        {
            return false;
        }
        if (request.Path.Value?.EndsWith("/negotiate", StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }
        return HttpMethods.IsGet(request.Method)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
