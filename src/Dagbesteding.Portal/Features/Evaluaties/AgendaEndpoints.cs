namespace Dagbesteding.Portal.Features.Evaluaties;

public static class AgendaEndpoints
{
    /// <summary>
    /// GET /agenda/{sleutel}.ics: the private calendar feed. Anonymous, because calendar apps cannot sign in; the
    /// secret in the URL is the credential. Unknown, revoked and malformed secrets all get the same empty 404.
    /// </summary>
    public static IEndpointRouteBuilder MapAgendaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agenda/{sleutel}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FeedAsync(string sleutel, HttpContext http, AgendaService agenda, CancellationToken cancellationToken)
    {
        // The URL is a secret: no shared cache may keep the answer, no search engine index it, no link leak it on.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!AgendaService.IsGeldigeSleutel(sleutel))
        {
            return Results.NotFound();
        }
        var portaal = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        var ics = await agenda.FeedAsync(sleutel, portaal, cancellationToken);
        return ics is null ? Results.NotFound() : Results.Text(ics, "text/calendar; charset=utf-8");
    }
}
