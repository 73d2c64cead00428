using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Account;

/// <summary>
/// The password policy (ASVS 6.2: length, no composition, no common passwords, nothing of the person's own) through
/// the "Wachtwoord wijzigen" page and through Identity's validators, with Dutch messages.
/// </summary>
public abstract class WachtwoordTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Theory]
    [InlineData("Zaterdag2024!")]
    [InlineData("Z@terd@g2024!")]
    [InlineData("qwertyuiop1234")]
    [InlineData("Feyenoord2010")]
    public async Task CommonPassword_IsRefusedOnThePage_WithADutchMessage_AndTheOldOneStillWorks(string gangbaar)
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(account.Email);

        var antwoord = await WijzigAsync(client, gangbaar);

        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("komt voor in de lijst van veelgebruikte wachtwoorden", html);
        Assert.DoesNotContain("Uw wachtwoord is gewijzigd.", html);
        using var opnieuw = factory.CreatePortalClient();
        await opnieuw.LogInSuccessfullyAsync(account.Email);
    }

    [Fact]
    public async Task LongPassphraseWithoutCapitalsDigitsOrSymbols_IsAccepted_AndSignsIn()
    {
        const string Zin = "fietsen langs de amstel in de regen";
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(account.Email);

        var antwoord = await WijzigAsync(client, Zin);

        Assert.Contains("Uw wachtwoord is gewijzigd.", await antwoord.Content.ReadAsStringAsync());
        Assert.True(await client.IsIngelogdAsync());
        using var opnieuw = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.LogInAsync(account.Email, Zin)).StatusCode);
        using var oud = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await oud.LogInAsync(account.Email)).StatusCode);
    }

    [Theory]
    [InlineData("kort woord", "minstens 12 tekens")]
    [InlineData("aaaaaaaaaaaaaaaa", "te weinig verschillende tekens")]
    [InlineData("abababababababab", "te weinig verschillende tekens")]
    [InlineData("mijn naam is proef persoon", "bevat uw naam of e-mailadres")]
    public async Task WeakPassword_IsRefused_WithTheDutchReason(string wachtwoord, string reden)
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await users.FindByIdAsync(account.Id))!;

        var resultaat = await users.ChangePasswordAsync(gebruiker, PortalClient.Wachtwoord, wachtwoord);

        Assert.False(resultaat.Succeeded);
        Assert.Contains(resultaat.Errors, e => e.Description.Contains(reden));
    }

    [Fact]
    public async Task PasswordWithTheOwnEmailName_IsRefused()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await users.FindByIdAsync(account.Id))!;
        var emailNaam = account.Email.Split('@')[0];

        var resultaat = await users.ChangePasswordAsync(gebruiker, PortalClient.Wachtwoord, $"hier is {emailNaam} weer");

        Assert.Contains(resultaat.Errors, e => e.Code == "WachtwoordPersoonlijk");
    }

    private static Task<HttpResponseMessage> WijzigAsync(PortalClient client, string nieuw) =>
        client.PostFormulierAsync("/account/wachtwoord", "wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["Invoer.Huidig"] = PortalClient.Wachtwoord,
            ["Invoer.Nieuw"] = nieuw,
            ["Invoer.Herhaling"] = nieuw,
        });
}

public sealed class SqliteWachtwoordTests(SqlitePortalFactory factory)
    : WachtwoordTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlWachtwoordTests(PostgreSqlPortalFactory factory)
    : WachtwoordTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
