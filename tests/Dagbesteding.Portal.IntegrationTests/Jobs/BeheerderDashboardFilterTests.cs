using System.Security.Claims;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Infrastructure;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Jobs;

/// <summary>The dashboard's own check (behind the endpoint policy), without a server.</summary>
public sealed class BeheerderDashboardFilterTests
{
    [Theory]
    [InlineData(Rollen.Beheerder, true)]
    [InlineData(Rollen.Netwerkmanager, false)]
    [InlineData(Rollen.Regievoerder, false)]
    [InlineData(Rollen.Netwerklid, false)]
    public void Authorize_AllowsOnlyTheBeheerderRole(string rol, bool toegestaan)
    {
        var gebruiker = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), new Claim(ClaimTypes.Role, rol)], "Test"));
        Assert.Equal(toegestaan, new BeheerderDashboardFilter().Authorize(Context(gebruiker)));
    }

    [Fact]
    public void Authorize_RefusesAnAnonymousVisitor() =>
        Assert.False(new BeheerderDashboardFilter().Authorize(Context(new ClaimsPrincipal(new ClaimsIdentity()))));

    private static AspNetCoreDashboardContext Context(ClaimsPrincipal gebruiker) =>
        new(new GeenOpslag(), new DashboardOptions(), new DefaultHttpContext { User = gebruiker, RequestServices = new ServiceCollection().BuildServiceProvider() });

    /// <summary>The filter never touches the storage; a real one would bring Hangfire's global logging along.</summary>
    private sealed class GeenOpslag : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new NotSupportedException();

        public override IStorageConnection GetConnection() => throw new NotSupportedException();
    }
}
