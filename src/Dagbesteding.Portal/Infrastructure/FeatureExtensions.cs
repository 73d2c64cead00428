using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Leden;
using Dagbesteding.Portal.Features.Netwerk.Vragen;

namespace Dagbesteding.Portal.Infrastructure;

public static class FeatureExtensions
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPortalAudit();
        services.AddSingleton<WerkdagKalenderProvider>();
        services.AddScoped<AdviesvraagService>();
        services.AddScoped<Components.Shared.Concepten>();
        services.AddScoped<Features.Netwerk.Overleg.OverlegService>();
        services.AddScoped<MeldingService>();
        services.AddScoped<MeldingInstellingenService>();
        services.AddSingleton<Melder>();
        services.AddSingleton<MeldingWekker>();
        services.AddSingleton<VapidSleutels>();
        services.AddSingleton<PushAfzender>();
        services.AddSingleton<EmailAfzender>();
        // Push services answer within seconds; a hanging one must not hold the delivery job.
        // No redirects: the endpoint was checked against the push services' hosts, a redirect could lead anywhere.
        services.AddHttpClient(PushAfzender.HttpClientNaam, client => client.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddScoped<LidmaatschapService>();
        services.AddScoped<CasusService>();
        services.AddSingleton<BordAanwezigheid>();
        services.AddScoped<EvaluatieOverzichtService>();
        services.AddScoped<EvaluatiePlanner>();
        services.AddScoped<EvaluatieService>();
        services.AddScoped<MijnEvaluatiesService>();
        services.AddScoped<AgendaService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<NetwerkCijfersService>();
        services.AddScoped<DashboardExport>();
        services.AddScoped<BeheerService>();
        services.AddScoped<Features.Aanbod.SocialeKaartService>();
        services.AddScoped<Features.Beheer.Medewerkers.MedewerkerBeheerService>();
        services.AddSingleton<Features.Beheer.Medewerkers.Uitnodigingen>();
        services.AddScoped<SluitingsdagService>();
        return services;
    }
}
