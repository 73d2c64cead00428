using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Dagbesteding.Portal.ComponentTests;

/// <summary>One base for all component tests: MudBlazor services with loose JS interop, the Dutch texts.</summary>
public abstract class PortalTestContext : BunitContext, IAsyncLifetime
{
    protected PortalTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, NederlandseMudLocalizer>();
        Services.AddSingleton<IDbContextFactory<PortalDbContext>, GeenDatabase>();
        Services.AddScoped<GebruikerContext>();
        Services.AddSingleton<RealtimeBus>();
        Services.AddScoped<LiveVerbinding>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // Some MudBlazor services (key interceptor, popovers) only dispose asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Component tests never reach a database; a test that tries fails loudly.</summary>
    private sealed class GeenDatabase : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => throw new InvalidOperationException("Component tests do not use a database.");
    }
}
