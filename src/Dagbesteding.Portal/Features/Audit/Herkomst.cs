using System.Security.Claims;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>Where a request or circuit comes from, as the audit log records it: IP address, client, session.</summary>
public sealed record Herkomst(string? IpAdres, string? Client, string? SessieId)
{
    public const int MaxClient = 300;

    /// <summary>
    /// From the request. The IP is the connection's remote address: behind a proxy the forwarded-headers middleware
    /// has already put the client's address there (only from the configured proxies, so a client cannot choose it).
    /// </summary>
    public static Herkomst Van(HttpContext http)
    {
        var client = http.Request.Headers.UserAgent.ToString();
        return new Herkomst(
            http.Connection.RemoteIpAddress?.ToString(),
            string.IsNullOrEmpty(client) ? null : client.Length <= MaxClient ? client : client[..MaxClient],
            http.User.FindFirstValue(PortalClaims.Sessie) ?? http.Items[PortalClaims.Sessie] as string);
    }
}

/// <summary>
/// The <see cref="Herkomst"/> of this scope. In a request it is read from the HttpContext. A Blazor circuit has no
/// HttpContext of its own after it started, so the value read during prerendering is persisted into the circuit
/// (<see cref="PersistentStateAttribute"/>; that state is protected by data protection, so the browser cannot choose
/// it). Without prerendering the circuit's own connection request is used, when there is one.
/// </summary>
public sealed class HerkomstContext(IHttpContextAccessor accessor)
{
    private Herkomst? _herkomst;

    [PersistentState]
    public Herkomst? Vastgelegd
    {
        get => _herkomst ??= accessor.HttpContext is { } http ? Herkomst.Van(http) : null;
        set => _herkomst = value;
    }
}
