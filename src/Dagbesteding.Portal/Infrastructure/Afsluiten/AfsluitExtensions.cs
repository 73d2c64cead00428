namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>Graceful shutdown on SIGTERM: drain (<see cref="AfsluitWachttijd"/>), then the host stops within its timeout.</summary>
public static class AfsluitExtensions
{
    /// <summary>What the host allows after the drain: Hangfire's stop and shutdown times (see JobsExtensions) plus Kestrel's close.</summary>
    public static readonly TimeSpan StopNaWachttijd = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddPortalAfsluiten(this WebApplicationBuilder builder)
    {
        var sectie = builder.Configuration.GetSection(AfsluitOptions.Sectie);
        AfsluitOptions opties;
        try
        {
            opties = sectie.Get<AfsluitOptions>() ?? new AfsluitOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new PortalStartupException($"Afsluiten:WachttijdSeconden is geen heel getal ({ex.Message.Trim()}).", ex);
        }
        if (opties.WachttijdSeconden is < 0 or > AfsluitOptions.MaximaleWachttijdSeconden)
        {
            throw new PortalStartupException($"Afsluiten:WachttijdSeconden ligt tussen 0 en {AfsluitOptions.MaximaleWachttijdSeconden}.");
        }
        builder.Services.Configure<AfsluitOptions>(sectie);
        builder.Services.AddSingleton<Afsluitstatus>();
        builder.Services.AddHostedService<AfsluitWachttijd>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(opties.WachttijdSeconden) + StopNaWachttijd);
        return builder;
    }
}
