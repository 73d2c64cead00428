using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// Prerendering runs a page twice: once on the server for the first HTML, once more when the circuit starts. Both
/// passes read the casus or adviesvraag, but the person opened it once, so the audit log must say so once.
/// <para>
/// The prerender pass logs the view and remembers which objects it logged; that list travels into the circuit as
/// persisted state (protected by data protection, so the browser cannot forge it). The circuit's first pass finds
/// its object in the list, skips the line and takes the object off the list, so a later open in the same circuit is
/// logged again. Without prerendering (or with a lost state) every view is logged: a line too many, never one too few.
/// </para>
/// </summary>
public sealed class PrerenderAudit(IHttpContextAccessor accessor)
{
    private readonly Lock _lock = new();
    private readonly bool _prerender = IsPrerender(accessor.HttpContext);

    /// <summary>The views the prerender pass logged ("Casus:12"). Restored in the circuit; public for the persistence.</summary>
    [PersistentState]
    public List<string>? Gelogd { get; set; }

    /// <summary>True when this view must be written; false for the circuit's repeat of a view the prerender logged.</summary>
    public bool MoetSchrijven(string objectSoort, int? objectId)
    {
        var sleutel = $"{objectSoort}:{objectId}";
        lock (_lock)
        {
            if (_prerender)
            {
                (Gelogd ??= []).Add(sleutel);
                return true;
            }
            return Gelogd?.Remove(sleutel) != true;
        }
    }

    /// <summary>
    /// A prerender runs inside the page's own request; a circuit has no request of its own (or, with long polling, the
    /// hub's request to /_blazor).
    /// </summary>
    private static bool IsPrerender(HttpContext? http) =>
        http is not null && !http.WebSockets.IsWebSocketRequest && !http.Request.Path.StartsWithSegments("/_blazor");
}
