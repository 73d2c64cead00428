using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Account;

/// <summary>
/// With the production setting (two steps required for Beheerder and Netwerkmanager): such a person without an
/// authenticator gets no portal session after the password, only the setup page, and reaches the portal after the
/// first code. Other roles are not stopped.
/// </summary>
public abstract class VerplichteTweeStapsTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task Netwerkmanager_WithoutTwoFactor_IsSentToSetup_AndCannotOpenTheNetwerkBeforeTheCode()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerkmanager);
        using var client = factory.CreatePortalClient();

        var wachtwoord = await client.LogInAsync(account.Email);
        Assert.Equal(HttpStatusCode.Redirect, wachtwoord.StatusCode);
        Assert.Equal("/account/tweestaps-instellen", wachtwoord.Headers.Location!.AbsolutePath);

        var netwerk = await client.GetAsync("/netwerk");
        Assert.Equal(HttpStatusCode.Redirect, netwerk.StatusCode);
        Assert.StartsWith("/inloggen", netwerk.Headers.Location!.PathAndQuery);
        Assert.Contains("Voor uw rol is tweestapsverificatie verplicht", await client.Http.GetStringAsync("/account/tweestaps-instellen"));

        var (sleutel, herstelcodes) = await client.StelTweeStapsInAsync();
        Assert.Equal(10, herstelcodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/netwerk")).StatusCode);

        using var later = factory.CreatePortalClient();
        Assert.Equal("/inloggen/tweestaps", (await later.LogInAsync(account.Email)).Headers.Location!.AbsolutePath);
        await later.PostFormulierAsync("/inloggen/tweestaps", "tweestaps", new Dictionary<string, string> { ["Invoer.Code"] = TestAccounts.Code(sleutel) });
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/netwerk")).StatusCode);
    }

    [Fact]
    public async Task Regievoerder_IsNotRequired_AndSignsInWithThePasswordAlone()
    {
        var account = await factory.MaakAccountAsync(Rollen.Regievoerder);
        using var client = factory.CreatePortalClient();

        var antwoord = await client.LogInAsync(account.Email);

        Assert.Equal("/", antwoord.Headers.Location!.AbsolutePath);
        Assert.True(await client.IsIngelogdAsync());
    }

    [Fact]
    public async Task Beheerder_WithTwoFactor_CannotTurnItOff()
    {
        var account = await factory.MaakAccountAsync(Rollen.Beheerder);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(account.Email);
        var (sleutel, _) = await client.StelTweeStapsInAsync();

        var pagina = await client.Http.GetStringAsync("/account/tweestaps");
        Assert.Contains("u kunt het niet uitzetten", pagina);
        Assert.DoesNotContain("Tweestapsverificatie uitzetten", pagina);
        // A hand-made post of the form the page did not offer is refused too (Blazor only dispatches to a rendered form).
        var post = await client.PostFormulierAsync("/account/tweestaps", "tweestaps-uit", new Dictionary<string, string>
        {
            ["Uit.Wachtwoord"] = PortalClient.Wachtwoord,
            ["Uit.Code"] = TestAccounts.Code(sleutel),
        });
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        Assert.True(await users.GetTwoFactorEnabledAsync((await users.FindByIdAsync(account.Id))!));
    }
}

public sealed class SqliteVerplichteTweeStapsTests(SqliteVerplichteTweeStapsTests.Factory factory)
    : VerplichteTweeStapsTests<SqliteVerplichteTweeStapsTests.Factory>(factory), IClassFixture<SqliteVerplichteTweeStapsTests.Factory>
{
    public sealed class Factory : SqlitePortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Authentication:TweeStaps:VerplichtVoor"] = "Beheerder,Netwerkmanager",
        };
    }
}

public sealed class PostgreSqlVerplichteTweeStapsTests(PostgreSqlVerplichteTweeStapsTests.Factory factory)
    : VerplichteTweeStapsTests<PostgreSqlVerplichteTweeStapsTests.Factory>(factory), IClassFixture<PostgreSqlVerplichteTweeStapsTests.Factory>
{
    public sealed class Factory : PostgreSqlPortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Authentication:TweeStaps:VerplichtVoor"] = "Beheerder,Netwerkmanager",
        };
    }
}
