using System.Net;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app through the real pages (static SSR forms, cookies, antiforgery):
/// setting it up, the second step after the password, recovery codes, and the roles that must have it. The codes
/// are computed from the key the page shows, as an app would. Each test makes its own account.
/// </summary>
public abstract class TweeStapsTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task TwoFactor_SetUpFromTheAccount_ThenThePasswordAloneIsNotEnough_AndTheCodeLetsIn()
    {
        var account = await factory.MaakAccountAsync(Rollen.Regievoerder);
        string sleutel;
        using (var eerste = factory.CreatePortalClient())
        {
            await eerste.LogInSuccessfullyAsync(account.Email);
            (sleutel, var herstelcodes) = await eerste.StelTweeStapsInAsync();
            Assert.Equal(32, sleutel.Length);
            Assert.Equal(10, herstelcodes.Distinct().Count());
        }

        using var client = factory.CreatePortalClient();
        var wachtwoord = await client.LogInAsync(account.Email);
        Assert.Equal(HttpStatusCode.Redirect, wachtwoord.StatusCode);
        Assert.Equal("/inloggen/tweestaps", wachtwoord.Headers.Location!.AbsolutePath);
        Assert.False(await client.IsIngelogdAsync());

        var fout = await client.PostFormulierAsync("/inloggen/tweestaps", "tweestaps", new Dictionary<string, string> { ["Invoer.Code"] = "000000" });
        Assert.Contains("Deze code klopt niet", await fout.Content.ReadAsStringAsync());
        Assert.False(await client.IsIngelogdAsync());

        var code = await client.PostFormulierAsync("/inloggen/tweestaps", "tweestaps", new Dictionary<string, string> { ["Invoer.Code"] = TestAccounts.Code(sleutel) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.AbsolutePath);
        Assert.True(await client.IsIngelogdAsync());
    }

    [Fact]
    public async Task RecoveryCode_LetsInOnce_AndNotASecondTime()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        string herstelcode;
        using (var eerste = factory.CreatePortalClient())
        {
            await eerste.LogInSuccessfullyAsync(account.Email);
            // Typed as people do from a printout: lower case, without the dash.
            herstelcode = (await eerste.StelTweeStapsInAsync()).Herstelcodes[3].Replace("-", "").ToLowerInvariant();
        }

        using (var client = factory.CreatePortalClient())
        {
            await client.LogInAsync(account.Email);
            var antwoord = await client.PostFormulierAsync("/inloggen/tweestaps", "tweestaps", new Dictionary<string, string> { ["Invoer.Code"] = herstelcode });
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.True(await client.IsIngelogdAsync());
        }

        using var opnieuw = factory.CreatePortalClient();
        await opnieuw.LogInAsync(account.Email);
        var tweedeKeer = await opnieuw.PostFormulierAsync("/inloggen/tweestaps", "tweestaps", new Dictionary<string, string> { ["Invoer.Code"] = herstelcode });
        Assert.Equal(HttpStatusCode.OK, tweedeKeer.StatusCode);
        Assert.Contains("Deze code klopt niet of is al gebruikt.", await tweedeKeer.Content.ReadAsStringAsync());
        Assert.False(await opnieuw.IsIngelogdAsync());
    }

    [Fact]
    public async Task SecondStep_WithoutAProvenPassword_SendsToTheLogin()
    {
        using var client = factory.CreatePortalClient();
        var antwoord = await client.Http.GetAsync("/inloggen/tweestaps");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/inloggen", antwoord.Headers.Location!.AbsolutePath);
    }
}

public sealed class SqliteTweeStapsTests(SqlitePortalFactory factory)
    : TweeStapsTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlTweeStapsTests(PostgreSqlPortalFactory factory)
    : TweeStapsTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
