using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Infrastructure.Sessies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Dagbesteding.Portal.Infrastructure;

public static class IdentityExtensions
{
    public const int MaxMisluktePogingen = 5;
    public static readonly TimeSpan BlokkeerDuur = TimeSpan.FromMinutes(15);
    public const string SessieCookie = "__Host-Dagbesteding.Sessie";

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<PortalGebruiker, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = MaxMisluktePogingen;
                options.Lockout.DefaultLockoutTimeSpan = BlokkeerDuur;
                options.Lockout.AllowedForNewUsers = true;
                // ASVS 6.2: length, not composition; common passwords are refused by WachtwoordValidator.
                options.Password.RequiredLength = WachtwoordValidator.MinimaleLengte;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<PortalSignInManager>()
            .AddPasswordValidator<WachtwoordValidator>()
            .AddErrorDescriber<NederlandseIdentityFouten>();
        // The one-time link of a new account (Identity's reset token) works this long: Authentication:Uitnodiging:GeldigUren.
        var geldigUren = builder.Configuration.GetValue("Authentication:Uitnodiging:GeldigUren", 72);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(geldigUren));
        services.Configure<TweeStapsOptions>(builder.Configuration.GetSection(TweeStapsOptions.Section));
        services.AddScoped<Components.Account.ExternAanmelding>();

        services.ConfigureApplicationCookie(options =>
        {
            // __Host-: only over https, for this host and path / (no subdomain can set or read it). Lax, not Strict:
            // the return from the identity provider is a cross-site navigation that must arrive signed in.
            options.Cookie.Name = SessieCookie;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/geen-toegang";
            options.ExpireTimeSpan = TimeSpan.FromHours(9);
            options.SlidingExpiration = true;
            // The server-side session: every request is checked against it (instead of Identity's 30-minute stamp check).
            options.EventsType = typeof(SessieCookieEvents);
        });
        services.Configure<SessieOptions>(builder.Configuration.GetSection(SessieOptions.Section));
        services.AddSingleton<SessieService>();
        services.AddScoped<SessieCookieEvents>();
        // Open pages re-check their sign-in (replaces the framework's provider that never does).
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.AddSingleton<HubToegangBewaker>();
        services.AddHostedService(sp => sp.GetRequiredService<HubToegangBewaker>());

        // The external sign-in cookie lives from the identity provider's answer to /inloggen/extern/terug, a navigation
        // that started cross-site (Lax); the two-factor cookies only between the portal's own pages (Strict).
        ConfigureerCookie(services, IdentityConstants.ExternalScheme, "__Host-Dagbesteding.Extern", SameSiteMode.Lax);
        ConfigureerCookie(services, IdentityConstants.TwoFactorUserIdScheme, "__Host-Dagbesteding.TweeStaps", SameSiteMode.Strict);
        ConfigureerCookie(services, IdentityConstants.TwoFactorRememberMeScheme, "__Host-Dagbesteding.TweeStapsOnthouden", SameSiteMode.Strict);

        // Every page needs a signed-in user unless it says otherwise ([AllowAnonymous] on the login page).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();

        builder.AddOpenIdConnectWhenConfigured();
        return builder;
    }

    private static void ConfigureerCookie(IServiceCollection services, string scheme, string naam, SameSiteMode sameSite) =>
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, options =>
        {
            options.Cookie.Name = naam;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = sameSite;
            options.Cookie.Path = "/";
        });

    /// <summary>
    /// Production sign-in through the organisations' identity provider. The external identity is matched to a
    /// portal account by e-mail address in <see cref="Components.Account.ExternLoginEndpoints"/>; roles stay in the portal.
    /// </summary>
    private static void AddOpenIdConnectWhenConfigured(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OpenIdConnectSettings.Section);
        var settings = section.Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        builder.Services.Configure<OpenIdConnectSettings>(section);
        if (!settings.Enabled)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(settings.Authority) || string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new PortalStartupException("Authentication:OpenIdConnect:Enabled is true, maar Authority of ClientId ontbreekt.");
        }

        builder.Services.AddAuthentication()
            .AddOpenIdConnect(OpenIdConnectSettings.Scheme, settings.DisplayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = settings.Authority;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.CallbackPath = "/signin-oidc";
                options.Scope.Clear();
                foreach (var scope in settings.Scopes)
                {
                    options.Scope.Add(scope);
                }
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                // The correlation and nonce cookies come back on the provider's cross-site form post: SameSite=None
                // (the handler's default), Secure, and __Host- with path / (the default path is the callback's).
                options.CorrelationCookie.Name = "__Host-Dagbesteding.Correlatie.";
                options.CorrelationCookie.Path = "/";
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                options.NonceCookie.Name = "__Host-Dagbesteding.Nonce.";
                options.NonceCookie.Path = "/";
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
            });
    }
}

/// <summary>Settings section "Authentication:OpenIdConnect" (documented in appsettings.template.json).</summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string Scheme = "oidc";

    public bool Enabled { get; set; }
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string DisplayName { get; set; } = "Inloggen met uw organisatie-account";
    public string EmailClaim { get; set; } = "email";

    /// <summary>
    /// The claim that says the provider has verified the e-mail address, and the value it must have. Without it the
    /// address is only what someone typed at the provider, and matching on it could hand them another person's account.
    /// A provider that marks verified accounts differently (a group, an "acr") is configured here.
    /// </summary>
    public string GeverifieerdClaim { get; set; } = "email_verified";
    public string GeverifieerdWaarde { get; set; } = "true";
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];
}
