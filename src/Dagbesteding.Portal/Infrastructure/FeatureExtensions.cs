using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Netwerk;

namespace Dagbesteding.Portal.Infrastructure;

public static class FeatureExtensions
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<NetwerkService>();
        services.AddScoped<CasusOverzichtService>();
        services.AddScoped<EvaluatieOverzichtService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<BeheerService>();
        services.AddSingleton<WerkdagKalenderProvider>();
        services.AddScoped<SluitingsdagService>();
        return services;
    }
}
