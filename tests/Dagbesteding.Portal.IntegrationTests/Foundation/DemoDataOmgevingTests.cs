using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>An acceptance server with the default settings has no demo accounts and no demo password.</summary>
public sealed class DemoDataOmgevingTests : IAsyncLifetime
{
    private readonly AcceptatieFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)_factory).DisposeAsync();

    [Fact]
    public async Task StagingWithDefaultSettings_HasNoDemoAccounts_AndTheDemoPasswordDoesNotSignIn()
    {
        await using (var db = await _factory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.Medewerkers.CountAsync());
        }

        using var client = _factory.CreatePortalClient();
        var login = await (await client.LogInAsync("beheerder@example.org", DemoDataOptions.Wachtwoord)).Content.ReadAsStringAsync();

        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", login);
    }

    private sealed class AcceptatieFactory : PortalFactory
    {
        private readonly string _map = Directory.CreateTempSubdirectory("dagbesteding-acceptatie-").FullName;

        protected override string Omgeving => "Staging";

        protected override bool MetDemoData => false;

        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqliteFile"] = Path.Combine(_map, "acceptatie.db"),
        };

        protected override async Task OnDisposeAsync()
        {
            await base.OnDisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }
    }
}
