using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Infrastructure.Sessies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dagbesteding.Portal.Components.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post with the antiforgery token: a link or image cannot log someone out.
        app.MapPost("/uitloggen", async (HttpContext http, SignInManager<PortalGebruiker> signInManager, SessieService sessies, HubToegangBewaker hubs, IAntiforgery antiforgery, AanmeldAudit aanmelden) =>
        {
            // A minimal API without form binding is not checked by the antiforgery middleware: check here, so another
            // site cannot log someone out.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            if (http.User.Identity?.IsAuthenticated == true)
            {
                await aanmelden.UitgelogdAsync(http);
            }
            // Ended on the server first: a copy of this cookie (another tab, a stolen one) is refused from now on.
            await sessies.BeeindigAsync(http.User, PortalSessie.Uitgelogd);
            if (SessieService.SessieId(http.User) is { } sessie)
            {
                hubs.SluitSessie(sessie);
            }
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/inloggen");
        });

        app.MapPost("/inloggen/extern", (SignInManager<PortalGebruiker> signInManager, [FromForm] string? returnUrl) =>
        {
            var terug = $"/inloggen/extern/terug?returnUrl={Uri.EscapeDataString(Login.VeiligTerugAdres(returnUrl))}";
            var properties = signInManager.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, terug);
            return Results.Challenge(properties, [OpenIdConnectSettings.Scheme]);
        }).AllowAnonymous().RequireRateLimiting(LimietenExtensions.InloggenBeleid);

        app.MapGet("/inloggen/extern/terug", ExternTerugAsync).AllowAnonymous();
    }

    /// <summary>
    /// After the identity provider: <see cref="ExternAanmelding"/> decides (verified e-mail, an existing portal account,
    /// active medewerker and organisation); roles and memberships stay in the portal.
    /// </summary>
    private static async Task<IResult> ExternTerugAsync(
        HttpContext http, SignInManager<PortalGebruiker> signInManager, ExternAanmelding aanmelding, AanmeldAudit aanmelden, string? returnUrl)
    {
        var extern_ = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var gebruiker = await aanmelding.ToegestaneGebruikerAsync(http, extern_.Principal);
        if (gebruiker is null)
        {
            return Results.LocalRedirect("/geen-toegang");
        }
        await signInManager.SignInAsync(gebruiker, isPersistent: false, authenticationMethod: OpenIdConnectSettings.Scheme);
        await aanmelden.ExternAsync(http, gebruiker.Email, AuditResultaat.Gelukt, $"OpenID Connect");
        return Results.LocalRedirect(Login.VeiligTerugAdres(returnUrl));
    }
}
