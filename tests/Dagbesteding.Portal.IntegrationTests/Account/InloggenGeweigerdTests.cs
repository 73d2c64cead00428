using System.Net;
using System.Security.Claims;
using Dagbesteding.Portal.Components.Account;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.IntegrationTests.Account;

/// <summary>
/// A medewerker or organisation that is no longer Actief cannot sign in, by password (the real login form, with the
/// same message as a wrong password) or by OpenID Connect (<see cref="ExternAanmelding"/> with the claims a provider
/// sends: no identity provider is reachable here, so the callback's decision is tested on its own). The OpenID
/// Connect identity must also carry a verified e-mail address.
/// </summary>
public abstract class InloggenGeweigerdTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string NeutraleMelding = "Het e-mailadres of het wachtwoord klopt niet.";

    [Fact]
    public async Task DeactivatedMedewerker_CannotSignInByPassword_AndSeesTheMessageOfAWrongPassword()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        using (var voordien = factory.CreatePortalClient())
        {
            await voordien.LogInSuccessfullyAsync(account.Email);
        }
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Medewerkers.Where(m => m.Id == account.MedewerkerId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, false));
        }

        await AssertGeweigerdAsync(account.Email);
    }

    [Fact]
    public async Task DeactivatedOrganisatie_CannotSignInByPassword_AndSeesTheMessageOfAWrongPassword()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Organisaties.Where(o => o.Id == account.OrganisatieId).ExecuteUpdateAsync(o => o.SetProperty(x => x.Actief, false));
        }

        await AssertGeweigerdAsync(account.Email);
    }

    [Fact]
    public async Task OpenIdConnect_VerifiedEmailOfAnActiveAccount_IsAllowed()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);

        var gebruiker = await BeslisAsync(Extern(account.Email, ("email_verified", "true")));

        Assert.Equal(account.Id, gebruiker?.Id);
    }

    [Fact]
    public async Task OpenIdConnect_UnverifiedOrMissingVerification_IsRefused()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);

        Assert.Null(await BeslisAsync(Extern(account.Email, ("email_verified", "false"))));
        Assert.Null(await BeslisAsync(Extern(account.Email)));
    }

    [Fact]
    public async Task OpenIdConnect_ConfiguredVerificationClaim_IsUsedInsteadOfEmailVerified()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        var settings = new OpenIdConnectSettings { GeverifieerdClaim = "groups", GeverifieerdWaarde = "dagbesteding-geverifieerd" };

        Assert.Equal(account.Id, (await BeslisAsync(Extern(account.Email, ("groups", "iets-anders"), ("groups", "dagbesteding-geverifieerd")), settings))?.Id);
        Assert.Null(await BeslisAsync(Extern(account.Email, ("email_verified", "true"), ("groups", "iets-anders")), settings));
    }

    [Fact]
    public async Task OpenIdConnect_InactiveMedewerkerOrOrganisatie_IsRefused()
    {
        var medewerker = await factory.MaakAccountAsync(Rollen.Netwerklid);
        var organisatie = await factory.MaakAccountAsync(Rollen.Netwerklid);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Medewerkers.Where(m => m.Id == medewerker.MedewerkerId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, false));
            await db.Organisaties.Where(o => o.Id == organisatie.OrganisatieId).ExecuteUpdateAsync(o => o.SetProperty(x => x.Actief, false));
        }

        Assert.Null(await BeslisAsync(Extern(medewerker.Email, ("email_verified", "true"))));
        Assert.Null(await BeslisAsync(Extern(organisatie.Email, ("email_verified", "true"))));

        // Refused against the account, with where the attempt came from.
        await using var lezen = await factory.CreateDbContextAsync();
        foreach (var account in new[] { medewerker, organisatie })
        {
            var regel = await lezen.AuditRegels.SingleAsync(r => r.ObjectSoort == Features.Audit.AuditLog.Account && r.MedewerkerId == account.MedewerkerId);
            Assert.Equal((AuditActie.Inloggen, AuditResultaat.Geweigerd, "192.0.2.7"), (regel.Actie, regel.Resultaat, regel.IpAdres));
            Assert.StartsWith("OpenID Connect", regel.Toelichting);
        }
    }

    [Fact]
    public async Task OpenIdConnect_UnknownAddress_IsRefused()
    {
        Assert.Null(await BeslisAsync(Extern("niemand.bekend@example.org", ("email_verified", "true"))));
    }

    private async Task AssertGeweigerdAsync(string email)
    {
        using var client = factory.CreatePortalClient();
        var antwoord = await client.LogInAsync(email);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(NeutraleMelding, await antwoord.Content.ReadAsStringAsync());
        Assert.False(await client.IsIngelogdAsync());

        // The same page and words as for an address that has no account at all.
        using var onbekend = factory.CreatePortalClient();
        Assert.Contains(NeutraleMelding, await (await onbekend.LogInAsync("niemand.bekend@example.org")).Content.ReadAsStringAsync());
    }

    private async Task<PortalGebruiker?> BeslisAsync(ClaimsPrincipal extern_, OpenIdConnectSettings? settings = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var aanmelding = new ExternAanmelding(
            services.GetRequiredService<UserManager<PortalGebruiker>>(),
            services.GetRequiredService<SignInManager<PortalGebruiker>>(),
            Options.Create(settings ?? new OpenIdConnectSettings()),
            services.GetRequiredService<Features.Audit.AanmeldAudit>(),
            NullLogger<ExternAanmelding>.Instance);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("192.0.2.7");
        return await aanmelding.ToegestaneGebruikerAsync(http, extern_);
    }

    private static ClaimsPrincipal Extern(string email, params (string Type, string Waarde)[] claims) =>
        new(new ClaimsIdentity([new Claim("email", email), .. claims.Select(c => new Claim(c.Type, c.Waarde))], "oidc"));
}

public sealed class SqliteInloggenGeweigerdTests(SqlitePortalFactory factory)
    : InloggenGeweigerdTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlInloggenGeweigerdTests(PostgreSqlPortalFactory factory)
    : InloggenGeweigerdTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
