using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// A PostgreSQL server that answers but refuses the sign-in is a wrong setting, not an outage: the portal stops at
/// start-up with one Dutch line naming the setting (before, it said the database was unreachable), and no stack trace.
/// </summary>
public sealed class PostgreSqlStartfoutTests
{
    [Fact]
    public async Task AUserThePostgreSqlServerDoesNotKnow_StopsTheStartWithOneDutchLineNamingTheSetting()
    {
        await using var portal = PortalProces.Start(PortalProces.VrijePoort(), new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:PostgreSqlConnectionString"] = $"{PostgreSqlPortalFactory.ServerConnectionString};Username=bestaat_niet_{Guid.NewGuid():N};Database=postgres",
            ["Hangfire:Storage"] = "InMemory",
        });

        Assert.True(await portal.WachtOpEindeAsync(TimeSpan.FromSeconds(60)), $"The portal still runs after 60 s:\n{portal.Uitvoer}");
        Assert.Equal(1, portal.ExitCode);
        Assert.Contains("De PostgreSQL-server weigert de aanmelding (28000", portal.Uitvoer, StringComparison.Ordinal);
        Assert.Contains("Database:PostgreSqlConnectionString", portal.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("niet bereikbaar", portal.Uitvoer, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", portal.Uitvoer, StringComparison.Ordinal);
    }
}
