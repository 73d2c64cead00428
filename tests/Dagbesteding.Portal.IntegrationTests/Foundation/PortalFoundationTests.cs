using System.Net;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>The foundation on a real database; run once per provider by the subclasses below.</summary>
public abstract class PortalFoundationTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task Migrations_AreAllApplied()
    {
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Seed_CreatesTheNetworkOfSevenStadsdelen()
    {
        await using var db = await factory.CreateDbContextAsync();
        var stadsdelen = await db.Stadsdelen.Select(s => s.Naam).ToListAsync();
        Assert.Equal(["Centrum", "West", "Oost", "Noord", "Zuid", "Zuidoost", "Nieuw-West"], stadsdelen.OrderBy(s => s switch
        {
            "Centrum" => 0,
            "West" => 1,
            "Oost" => 2,
            "Noord" => 3,
            "Zuid" => 4,
            "Zuidoost" => 5,
            _ => 6,
        }));
        Assert.Equal(7, await db.Organisaties.CountAsync(o => o.Type == OrganisatieType.Buurtteamorganisatie));
        Assert.True(await db.Organisaties.CountAsync(o => o.Type == OrganisatieType.Aanbieder) >= 15);
        Assert.Equal(1, await db.Organisaties.CountAsync(o => o.Type == OrganisatieType.Wpi));
        Assert.False(await db.Organisaties.AnyAsync(o => o.Type == OrganisatieType.Aanbieder && !o.Locaties.Any()));
        Assert.False(await db.Locaties.AnyAsync(l => !l.Doelgroepen.Any()));
    }

    [Fact]
    public async Task Seed_FillsEveryChannelWithTwentyToFiftyActiveMembers()
    {
        await using var db = await factory.CreateDbContextAsync();
        var leden = await db.Kanalen
            .Select(k => new { k.Naam, Actief = k.Lidmaatschappen.Count(l => l.AfgemeldOp == null), Afgemeld = k.Lidmaatschappen.Count(l => l.AfgemeldOp != null) })
            .ToListAsync();
        Assert.Equal(7, leden.Count);
        Assert.All(leden, k => Assert.InRange(k.Actief, 20, 50));
        Assert.All(leden, k => Assert.True(k.Afgemeld >= 1, $"{k.Naam} has no membership history"));
        // Netwerkmanagers are members by rule.
        Assert.Equal(7, await db.Lidmaatschappen.CountAsync(l => l.Automatisch && l.AfgemeldOp == null && l.Medewerker!.Functie == Functie.Netwerkmanager));
    }

    [Fact]
    public async Task Seed_PutsCasussenInEveryWerkprocesStep()
    {
        await using var db = await factory.CreateDbContextAsync();
        var stappen = await db.Casussen.Select(c => c.Stap).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<WerkprocesStap>().Order(), stappen.Order());
        Assert.InRange(await db.Casussen.CountAsync(), PortalFactory.DemoCasussen - 7, PortalFactory.DemoCasussen + 7);
        // Kenmerken are references to RIS, never a BSN-like number of nine digits.
        var kenmerken = await db.Casussen.Select(c => c.Kenmerk).ToListAsync();
        Assert.All(kenmerken, k => Assert.Matches("^RIS-\\d{4}-\\d{5}$", k));
    }

    [Fact]
    public async Task Seed_SpreadsEvaluationDatesOverTheComingYear()
    {
        await using var db = await factory.CreateDbContextAsync();
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var datums = await db.Ondersteuningsplannen
            .Where(p => p.Status == PlanStatus.Akkoord && p.Evaluatiedatum != null)
            .Select(p => p.Evaluatiedatum!.Value).ToListAsync();
        Assert.All(datums, d => Assert.InRange(d, vandaag.AddDays(-1), vandaag.AddYears(1).AddDays(1)));
        Assert.True(datums.Select(d => (d.Year, d.Month)).Distinct().Count() >= 11, "evaluation dates are not spread over the year");
        Assert.True(await db.Evaluaties.AnyAsync(e => e.GeopendOp != null), "no evaluation has started");
        Assert.True(await db.Ondersteuningsplannen.AnyAsync(p => p.Status == PlanStatus.Akkoord && p.ToestemmingGegevenOp == null) == false,
            "an akkoord plan without registered consent");
    }

    [Fact]
    public async Task Seed_CreatesTheDemoAccountsWithTheirRoles()
    {
        await using var db = await factory.CreateDbContextAsync();
        foreach (var account in DemoAccounts.Alle)
        {
            var rollen = await db.UserRoles
                .Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.Email == account.Email))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .ToListAsync();
            Assert.Equal(account.Rollen.Order(), rollen.Order());
        }
        var beheerder = DemoAccounts.Alle.Single(a => a.Email == "beheerder@example.org");
        Assert.Equal([Rollen.Beheerder], beheerder.Rollen);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/netwerk")]
    [InlineData("/casussen")]
    [InlineData("/evaluaties")]
    [InlineData("/dashboard")]
    [InlineData("/beheer")]
    [InlineData("/bestaat-niet")]
    public async Task AnonymousRequest_IsRedirectedToLogin(string url)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/css/portal.css", "text/css")]
    [InlineData("/img/logo.svg", "image/svg+xml")]
    [InlineData("/img/icon-192.png", "image/png")]
    [InlineData("/manifest.webmanifest", "application/manifest+json")]
    public async Task StaticAssetsFromWwwrootAssets_AreServedWithoutLogin(string url, string contentType)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("beheerder@example.org", "Bram Beheer")]
    [InlineData("netwerkmanager.west@example.org", "Naima Netwerk")]
    [InlineData("regievoerder.west@example.org", "Ruben Regie")]
    [InlineData("aanbieder.west@example.org", "Anouk Aanbod")]
    [InlineData("wpi.west@example.org", "Wessel Werk")]
    [InlineData("regievoerder.oost@example.org", "Olga Oost")]
    public async Task DemoUser_CanLogIn_AndSeesTheShellWithTheirName(string email, string naam)
    {
        using var client = factory.CreatePortalClient();
        var login = await client.LogInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location!.AbsolutePath);

        var html = await client.Http.GetStringAsync("/");
        Assert.Contains(naam, html);
        Assert.Contains("Uitloggen", html);
        Assert.Contains("Hoofdnavigatie", html);
    }

    [Fact]
    public async Task Login_WrongPasswordAndUnknownUser_GiveTheSameDutchMessage_AndKeepTheEmail()
    {
        using var client = factory.CreatePortalClient();
        var verkeerdWachtwoord = await (await client.LogInAsync("wpi.west@example.org", "FoutWachtwoord!1")).Content.ReadAsStringAsync();
        var onbekend = await (await client.LogInAsync("niemand@example.org", "FoutWachtwoord!1")).Content.ReadAsStringAsync();

        const string melding = "Het e-mailadres of het wachtwoord klopt niet.";
        Assert.Contains(melding, verkeerdWachtwoord);
        Assert.Contains(melding, onbekend);
        Assert.Contains("value=\"wpi.west@example.org\"", verkeerdWachtwoord);
    }

    [Fact]
    public async Task Login_RefusesAnExternalReturnUrl()
    {
        using var client = factory.CreatePortalClient();
        var formulier = await client.Http.GetStringAsync("/inloggen?returnUrl=//evil.example/");
        Assert.Contains("Inloggen", formulier);
        Assert.Equal("/", Components.Account.Login.VeiligTerugAdres("//evil.example/"));
        Assert.Equal("/", Components.Account.Login.VeiligTerugAdres("https://evil.example/"));
        Assert.Equal("/netwerk", Components.Account.Login.VeiligTerugAdres("/netwerk"));
    }

    [Fact]
    public async Task UnknownUrl_WhenSignedIn_ShowsTheDutchNotFoundPageInsideTheShell()
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("wpi.west@example.org");
        var response = await client.GetAsync("/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pagina niet gevonden", html);
        Assert.Contains("Hoofdnavigatie", html);
    }

    [Theory]
    [InlineData("regievoerder.west@example.org", "/beheer", false)]
    [InlineData("regievoerder.west@example.org", "/dashboard", false)]
    [InlineData("regievoerder.west@example.org", "/casussen", true)]
    // Aanbieders reach Evaluaties for the overdrachten they owe (issue 8); WPI has no evaluations.
    [InlineData("aanbieder.west@example.org", "/evaluaties", true)]
    [InlineData("aanbieder.west@example.org", "/netwerk", true)]
    // Aanbieders (role Netwerklid) reach the board since the casusbord; CasusService shows them only their own cases and WPI nothing.
    [InlineData("aanbieder.west@example.org", "/casussen", true)]
    [InlineData("wpi.west@example.org", "/evaluaties", false)]
    [InlineData("netwerkmanager.west@example.org", "/dashboard", true)]
    [InlineData("netwerkmanager.west@example.org", "/beheer", false)]
    [InlineData("beheerder@example.org", "/beheer", true)]
    public async Task Page_IsRefusedToTheWrongRole(string email, string url, bool toegestaan)
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(email);
        var response = await client.GetAsync(url);
        if (toegestaan)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [InlineData("wpi.west@example.org", false)]
    [InlineData("aanbieder.west@example.org", true)]
    [InlineData("regievoerder.west@example.org", true)]
    public async Task Navigation_ShowsCasussenOnlyToOrganisationsThatHaveCasussen(string email, bool zichtbaar)
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(email);
        var html = await client.Http.GetStringAsync("/");
        Assert.Equal(zichtbaar, html.Contains("href=\"casussen\""));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("aanbieder.west@example.org");
        var html = await client.Http.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var uit = await client.Http.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        var daarna = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
    }
}

public sealed class SqliteFoundationTests(SqlitePortalFactory factory)
    : PortalFoundationTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlFoundationTests(PostgreSqlPortalFactory factory)
    : PortalFoundationTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
