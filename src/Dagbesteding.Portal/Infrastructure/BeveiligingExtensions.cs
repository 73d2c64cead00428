using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Headers and transport: the Content-Security-Policy and the other security headers on every response (login page,
/// static files and errors included), forwarded headers from known proxies only, HSTS and HTTPS redirection outside
/// Development (the health endpoints excepted), and the Origin check on the WebSocket endpoints (a cross-site
/// WebSocket carries the user's cookies, and the browser does not apply the same-origin policy to it).
/// </summary>
public static class BeveiligingExtensions
{
    private const string NonceSleutel = "Dagbesteding.CspNonce";

    /// <summary>The paths of the WebSocket/SignalR endpoints whose Origin must be the portal's own.</summary>
    public static readonly string[] VerbindingsPaden = ["/_blazor", Realtime.NetwerkHub.Pad];

    public static WebApplicationBuilder AddPortalBeveiliging(this WebApplicationBuilder builder)
    {
        var sectie = builder.Configuration.GetSection(BeveiligingOptions.Sectie);
        builder.Services.Configure<BeveiligingOptions>(sectie);
        var opties = sectie.Get<BeveiligingOptions>() ?? new BeveiligingOptions();

        // Read here, so a wrong address stops the start-up with one line instead of failing the first request.
        var proxies = opties.ProxyAdressen.Select(adres => IPAddress.TryParse(adres, out var ip)
            ? ip
            : throw new PortalStartupException($"Beveiliging:ProxyAdressen bevat '{adres}', dat is geen IP-adres.")).ToList();
        var netwerken = opties.ProxyNetwerken.Select(netwerk => System.Net.IPNetwork.TryParse(netwerk, out var net)
            ? net
            : throw new PortalStartupException($"Beveiliging:ProxyNetwerken bevat '{netwerk}', dat is geen netwerk zoals 10.0.0.0/8.")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Scheme and client address only: the host stays what the client asked, so AllowedHosts keeps its meaning.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default (a proxy on the same machine); the configured proxies come on top.
            proxies.ForEach(options.KnownProxies.Add);
            netwerken.ForEach(options.KnownIPNetworks.Add);
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        var lokaalHttp = opties.LokaalHttp ?? builder.Environment.IsDevelopment();
        if (lokaalHttp && builder.Environment.IsProduction())
        {
            throw new PortalStartupException("Beveiliging:LokaalHttp staat aan, maar in productie werkt de portal alleen via https.");
        }
        builder.Services.AddAntiforgery(options =>
        {
            // Only the portal's own forms post with it (the identity provider's form_post goes to /signin-oidc, which has
            // no antiforgery), so Strict costs nothing. A Secure antiforgery cookie makes the framework refuse every form
            // over plain http, also on the developer's own http://localhost; LokaalHttp (never in Production) allows
            // that, with a cookie that can go over http and so cannot carry the __Host- prefix.
            options.Cookie.Name = lokaalHttp ? "Dagbesteding.Antiforgery" : "__Host-Dagbesteding.Antiforgery";
            options.Cookie.SecurePolicy = lokaalHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/";
        });
        return builder;
    }

    /// <summary>First in the pipeline: the headers are attached when the response starts, so the exception handler's
    /// page, a 404 and a static file carry them too.</summary>
    public static WebApplication UsePortalBeveiliging(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // Hex: only characters that HTML never encodes (a "+" in base64 became "&#x2B;" in the attribute, which the
            // browser decodes but made the markup differ from the header); hex digits are valid in a CSP nonce.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceSleutel] = nonce;
            var policy = ContentSecurityPolicy(nonce, context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpenIdConnectSettings>>().Value);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // For browsers without CSP frame-ancestors.
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // A load balancer probes the health endpoints over plain http, often on localhost where no certificate
            // holds: a redirect would read as "down". They answer only Healthy or Unhealthy, so http gives nothing away.
            app.UseWhen(context => !HealthExtensions.IsHealthPad(context.Request.Path), https => https.UseHttpsRedirection());
        }
        app.UseMiddleware<OriginControle>();
        return app;
    }

    /// <summary>The nonce of this request, for the one inline script Blazor writes (the import map).</summary>
    public static string? CspNonce(this HttpContext context) => context.Items[NonceSleutel] as string;

    public static string ContentSecurityPolicy(string nonce, OpenIdConnectSettings oidc)
    {
        // "Inloggen met uw organisatie-account" posts to /inloggen/extern, which redirects to the identity provider;
        // browsers check form-action on that redirect too, so the provider's origin must be allowed.
        var formAction = "'self'";
        if (oidc.Enabled && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority))
        {
            formAction += " " + authority.GetLeftPart(UriPartial.Authority);
        }
        return string.Join("; ",
            "default-src 'self'",
            // Every script is a file of the portal; the import map Blazor renders inline carries the nonce.
            $"script-src 'self' 'nonce-{nonce}'",
            // MudBlazor positions popovers, sets theme variables and sizes components with style attributes and
            // <style> elements it writes at run time, and Blazor's reconnect dialog adds its own <style>: without
            // 'unsafe-inline' the portal does not render. Styles cannot run script, so the script rule above holds.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            // 'self' covers the WebSocket to the same host (ws: or wss:) for the circuit and the hub.
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formAction}");
    }

    /// <summary>
    /// Refuses a request to the circuit or the hub whose Origin is not the portal's: the host the request was sent
    /// to, or a host in AllowedHosts. A request without Origin is no browser's cross-site request (browsers always send
    /// it on a WebSocket and on a cross-site fetch), such as the .NET SignalR client.
    /// </summary>
    private sealed class OriginControle(RequestDelegate next, IConfiguration configuration, ILogger<OriginControle> logger)
    {
        private readonly string[] _toegestaan = (configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(h => h != "*")
            .ToArray();

        public Task InvokeAsync(HttpContext context)
        {
            if (!VerbindingsPaden.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                return next(context);
            }
            var origin = context.Request.Headers.Origin.ToString();
            if (string.IsNullOrEmpty(origin) || IsEigen(origin, context.Request.Host))
            {
                return next(context);
            }
            logger.LogWarning("Verbinding naar {Pad} geweigerd: Origin {Origin} hoort niet bij de portal (host {Host}, IP {Ip}).",
                context.Request.Path.Value, origin, context.Request.Host.Value, context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        private bool IsEigen(string origin, HostString host)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return false;
            }
            if (string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            return _toegestaan.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
                ? uri.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(uri.Host, h, StringComparison.OrdinalIgnoreCase));
        }
    }
}

/// <summary>Settings section "Beveiliging" (documented in appsettings.template.json).</summary>
public sealed class BeveiligingOptions
{
    public const string Sectie = "Beveiliging";

    /// <summary>IP addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public string[] ProxyAdressen { get; set; } = [];

    /// <summary>
    /// Forms over plain http (the quick start on http://localhost, the browser tests): default on in Development only,
    /// refused in Production. Everywhere else the portal is reached over https (directly or through the proxy).
    /// </summary>
    public bool? LokaalHttp { get; set; }

    /// <summary>Networks (CIDR, "10.0.0.0/8") of the reverse proxies whose forwarded headers are believed.</summary>
    public string[] ProxyNetwerken { get; set; } = [];
}
