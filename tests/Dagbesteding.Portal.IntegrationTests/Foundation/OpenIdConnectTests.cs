using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>
/// OpenID Connect is chosen by configuration. No identity provider is reachable here, so this proves the wiring
/// (scheme registered, login button shown), not a real sign-in: the challenge needs the provider's discovery document.
/// </summary>
public sealed class OpenIdConnectTests : IAsyncLifetime
{
    private readonly OidcFactory _factory = new();

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WhenEnabled_TheSchemeIsRegistered_AndTheLoginPageOffersIt()
    {
        var schemes = _factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync(OpenIdConnectSettings.Scheme));

        using var client = _factory.CreatePortalClient();
        var html = await client.Http.GetStringAsync("/inloggen");
        Assert.Contains("Inloggen met uw organisatie-account", html);
        Assert.Contains("action=\"inloggen/extern\"", html);
    }

    [Fact]
    public async Task WhenDisabled_TheLoginPageHasOnlyThePasswordForm()
    {
        await using var zonder = new SqlitePortalFactory();
        await zonder.InitializeAsync();
        using var client = zonder.CreatePortalClient();
        var html = await client.Http.GetStringAsync("/inloggen");
        Assert.DoesNotContain("inloggen/extern", html);
        Assert.Null(await zonder.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSettings.Scheme));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private sealed class OidcFactory : PortalFactory
    {
        private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-oidc-").FullName;

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:SqliteFile"] = Path.Combine(_map, "portal.db"),
            ["Authentication:OpenIdConnect:Enabled"] = "true",
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.org/realms/test",
            ["Authentication:OpenIdConnect:ClientId"] = "dagbesteding-test",
        };

        protected override async Task OnDisposeAsync()
        {
            await base.OnDisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }
    }
}
