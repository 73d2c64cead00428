using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// One more app (a "node") on the database of <paramref name="factory"/>, whose clock is a <see cref="FakeTimeProvider"/>:
/// every service and job of that app sees <see cref="Tijd"/>. Disposing it is a restart: its in-memory Hangfire storage
/// goes with it, the database stays.
/// </summary>
public sealed class NepTijdPortaal : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _app;

    public NepTijdPortaal(PortalFactory factory, DateTimeOffset nu, IReadOnlyDictionary<string, string?>? instellingen = null,
        Action<IServiceCollection>? diensten = null)
    {
        Tijd = new FakeTimeProvider(nu);
        _app = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in instellingen ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Tijd);
                diensten?.Invoke(services);
            });
        });
        _ = _app.Server;
    }

    public FakeTimeProvider Tijd { get; }

    public IServiceProvider Services => _app.Services;

    public async Task<T> MetServiceAsync<TService, T>(Func<TService, Task<T>> actie) where TService : notnull
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<PortalDbContext> CreateDbContextAsync() =>
        await _app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
