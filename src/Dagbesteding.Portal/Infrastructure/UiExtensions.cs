using System.Globalization;
using Dagbesteding.Portal.Components;
using Dagbesteding.Portal.Components.Account;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Infrastructure.Afsluiten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using MudBlazor;
using MudBlazor.Services;

namespace Dagbesteding.Portal.Infrastructure;

public static class UiExtensions
{
    /// <summary>Where the build puts the copy of the repository's wwwroot-assets/ folder.</summary>
    public static string AssetsFolder => Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");

    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        // Framework and MudBlazor files come from the build output's static web assets outside Development too
        // (tests run as "Testing"); a published app has them in wwwroot and this is a no-op.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddPortalBeveiliging();
        builder.Services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddTransient<MudLocalizer, NederlandseMudLocalizer>();
        builder.Services.AddScoped<GebruikerContext>();

        var nl = new CultureInfo("nl-NL");
        CultureInfo.DefaultThreadCurrentCulture = nl;
        CultureInfo.DefaultThreadCurrentUICulture = nl;
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("nl-NL");
            options.AddSupportedCultures("nl-NL");
            options.AddSupportedUICultures("nl-NL");
            options.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First: a stopping node refuses new pages and circuits before anything else is done for them.
        app.UseAfsluitWeigering();
        app.UsePortalBeveiliging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(AssetsFolder),
            // The service worker script must be revalidated on every check: with an hour of max-age a proxy or an
            // older browser could keep answering the old worker, so a fix (say, to what it leaves alone) would reach
            // users only after the cache expired, and a broken worker would stay installed as long.
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl =
                    context.Context.Request.Path.Equals("/sw.js", StringComparison.OrdinalIgnoreCase) ? "no-cache" : "public,max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        // Framework and MudBlazor files must load on the login page too.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapAgendaEndpoints();
        app.MapDashboardEndpoints();
        app.MapAuditEndpoints();
        return app;
    }

    /// <summary>Prints where the portal can be reached, so the quick start shows the URL.</summary>
    public static void LogPortalUrls(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                // The demo accounts exist only in Development (DemoDataToestemming); elsewhere the hint would mislead.
                Console.WriteLine(app.Environment.IsDevelopment()
                    ? $"Dagbesteding Portal draait op {address}  (demo-accounts: zie README.md)"
                    : $"Dagbesteding Portal draait op {address}");
            }
        });
}
