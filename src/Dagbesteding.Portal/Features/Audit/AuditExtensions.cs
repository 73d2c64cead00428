using Microsoft.AspNetCore.Components.Web;

namespace Dagbesteding.Portal.Features.Audit;

public static class AuditExtensions
{
    public static IServiceCollection AddPortalAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddScoped<AanmeldAudit>();
        services.AddScoped<AuditZoekService>();
        services.AddHttpContextAccessor();
        services.AddScoped<HerkomstContext>();
        services.AddScoped<PrerenderAudit>();
        // The origin read while prerendering, and the views it logged, travel into the circuit.
        services.AddRazorComponents()
            .RegisterPersistentService<HerkomstContext>(RenderMode.InteractiveServer)
            .RegisterPersistentService<PrerenderAudit>(RenderMode.InteractiveServer);
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Sectie);
        return services;
    }
}

/// <summary>Audit settings (section "Audit").</summary>
public sealed class AuditOptions
{
    public const string Sectie = "Audit";

    /// <summary>
    /// How long audit lines are kept. NEN 7513 asks to keep the log as long as the data it is about may be needed
    /// and at least five years; the default is 60 months.
    /// </summary>
    public int BewaartermijnMaanden { get; set; } = 60;
}
