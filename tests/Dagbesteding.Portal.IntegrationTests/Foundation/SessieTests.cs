using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Infrastructure.Sessies;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>
/// Access ends when it should (issue 10.1): a sign-in is a session on the server, checked on every request, in
/// every open page and on every hub connection. Each test works on its own demo account and puts it back.
/// </summary>
public abstract partial class SessieTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task Logout_ThenTheOldCookieReplayed_IsRefused_WhileAnotherSessionOfThePersonGoesOn()
    {
        const string email = "aanbieder.west@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        var andereSessie = await factory.InlogCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", cookie)).StatusCode);

        await UitloggenAsync(cookie);

        var herhaald = await GetAsync("/", cookie);
        Assert.Equal(HttpStatusCode.Redirect, herhaald.StatusCode);
        Assert.StartsWith("/inloggen", herhaald.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", andereSessie)).StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutTheAntiforgeryToken_IsRefused_AndTheSessionGoesOn()
    {
        var cookie = await factory.InlogCookieAsync("wpi.west@example.org");
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/uitloggen") { Content = new FormUrlEncodedContent(new Dictionary<string, string>()) };
        verzoek.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(verzoek)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", cookie)).StatusCode);
    }

    [Fact]
    public async Task Session_EndsAtItsAbsoluteLifetime_HoweverActiveThePersonIs()
    {
        const string email = "beheerder@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        var maxDuur = new SessieOptions().MaxDuur;

        await ZetBeginAsync(email, maxDuur - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", cookie)).StatusCode);

        await ZetBeginAsync(email, maxDuur + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/", cookie)).StatusCode);
    }

    [Fact]
    public async Task DeactivatedMedewerker_IsRefusedOnTheNextRequest()
    {
        const string email = "wpi.west@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/netwerk", cookie)).StatusCode);
        try
        {
            await factory.ZetMedewerkerActiefAsync(email, false);
            var antwoord = await GetAsync("/netwerk", cookie);
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.StartsWith("/inloggen", antwoord.Headers.Location!.PathAndQuery);
        }
        finally
        {
            await factory.ZetMedewerkerActiefAsync(email, true);
        }
    }

    [Fact]
    public async Task MedewerkerOfADeactivatedOrganisation_IsRefusedOnTheNextRequest()
    {
        const string email = "regievoerder.oost@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", cookie)).StatusCode);
        try
        {
            await ZetOrganisatieActiefAsync(email, false);
            Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/", cookie)).StatusCode);
        }
        finally
        {
            await ZetOrganisatieActiefAsync(email, true);
        }
    }

    [Fact]
    public async Task RoleTakenAway_TakesEffectOnTheNextRequest_WithoutSigningThePersonOut()
    {
        const string email = "netwerkmanager.west@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/dashboard", cookie)).StatusCode);
        try
        {
            await factory.WijzigRolAsync(email, Rollen.Netwerkmanager, erbij: false);

            var dashboard = await GetAsync("/dashboard", cookie);
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.StartsWith("/geen-toegang", dashboard.Headers.Location!.PathAndQuery);
            // Still signed in: the cookie was renewed with the roles of now.
            var vernieuwd = PortalFactoryExtensions.Cookies(dashboard) is { Length: > 0 } nieuw ? nieuw : cookie;
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", vernieuwd)).StatusCode);
        }
        finally
        {
            await factory.WijzigRolAsync(email, Rollen.Netwerkmanager, erbij: true);
        }
    }

    [Fact]
    public async Task ChangedSecurityStamp_EndsEverySignInOfTheAccount()
    {
        const string email = "regievoerder.west@example.org";
        var cookie = await factory.InlogCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/", cookie)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/", cookie)).StatusCode);
    }

    [Fact]
    public async Task OpenPage_LosesAccessAtTheNextCheck_WhenTheMedewerkerIsDeactivated()
    {
        const string email = "aanbieder.west@example.org";
        var principal = await PrincipalMetSessieAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        Assert.IsType<PortalAuthenticationStateProvider>(provider);
        var afgemeld = new TaskCompletionSource<ClaimsPrincipal>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                afgemeld.TrySetResult((await state).User);
            }
        };
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        try
        {
            await factory.ZetMedewerkerActiefAsync(email, false);
            // The factory checks every second (PortalFactory); a page in production every minute.
            var daarna = await afgemeld.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.False(daarna.Identity?.IsAuthenticated);
        }
        finally
        {
            await factory.ZetMedewerkerActiefAsync(email, true);
        }
    }

    [Fact]
    public async Task HubConnection_IsClosedAtTheNextCheck_WhenItsMedewerkerIsDeactivated_AndOthersStayOpen()
    {
        const string email = "wpi.west@example.org";
        await using var gedeactiveerd = await factory.HubVerbindingAsync(await factory.InlogCookieAsync(email));
        await using var ander = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.west@example.org"));
        var gesloten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gedeactiveerd.Closed += _ => { gesloten.TrySetResult(); return Task.CompletedTask; };
        try
        {
            await factory.ZetMedewerkerActiefAsync(email, false);
            await factory.Services.GetRequiredService<HubToegangBewaker>().ControleerAllesAsync(CancellationToken.None);

            await gesloten.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal(HubConnectionState.Connected, ander.State);
            // The other connection still answers: a round trip after the check.
            await ander.InvokeAsync<object>("Sinds", DateTimeOffset.UtcNow);
        }
        finally
        {
            await factory.ZetMedewerkerActiefAsync(email, true);
        }
    }

    [Fact]
    public async Task Logout_ClosesTheHubConnectionsOfThatSession_AtOnce()
    {
        var cookie = await factory.InlogCookieAsync("netwerkmanager.west@example.org");
        await using var verbinding = await factory.HubVerbindingAsync(cookie);
        var gesloten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        verbinding.Closed += _ => { gesloten.TrySetResult(); return Task.CompletedTask; };

        await UitloggenAsync(cookie);

        await gesloten.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    private async Task<ClaimsPrincipal> PrincipalMetSessieAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PortalGebruiker>>();
        var gebruiker = (await signIn.UserManager.FindByEmailAsync(email))!;
        var principal = await signIn.CreateUserPrincipalAsync(gebruiker);
        var sessie = await scope.ServiceProvider.GetRequiredService<SessieService>().BeginAsync(gebruiker.Id);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(PortalClaims.Sessie, sessie.ToString()));
        return principal;
    }

    [Fact]
    public async Task OpruimJob_RemovesSessionsLongPastTheirLifetime_AndKeepsTheRest()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        var nu = DateTimeOffset.UtcNow;
        var houdbaar = TimeSpan.FromHours(12) + TimeSpan.FromDays(SessieOpruimJob.Bewaardagen);
        var oud = new PortalSessie { Id = Guid.NewGuid(), GebruikerId = account.Id, BegonOp = nu - houdbaar - TimeSpan.FromHours(1) };
        var bewaard = new PortalSessie { Id = Guid.NewGuid(), GebruikerId = account.Id, BegonOp = nu - houdbaar + TimeSpan.FromHours(1) };
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Sessies.AddRange(oud, bewaard);
            await db.SaveChangesAsync();
        }

        await factory.MetServiceAsync<SessieOpruimJob, int>(j => j.UitvoerenAsync(CancellationToken.None));

        await using var lezen = await factory.CreateDbContextAsync();
        Assert.Equal([bewaard.Id], await lezen.Sessies.Where(s => s.GebruikerId == account.Id).Select(s => s.Id).ToListAsync());
    }

    private Task<HttpResponseMessage> GetAsync(string url, string cookie) => factory.GetMetCookieAsync(url, cookie);

    private Task UitloggenAsync(string cookie) => factory.UitloggenAsync(cookie);

    private async Task ZetBeginAsync(string email, TimeSpan geleden)
    {
        // Only this test signs in as this account in this class, so its newest session is the cookie's.
        await using var db = await factory.CreateDbContextAsync();
        var gebruikerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var sessie = await db.Sessies.Where(s => s.GebruikerId == gebruikerId).OrderByDescending(s => s.BegonOp).FirstAsync();
        sessie.BegonOp = DateTimeOffset.UtcNow - geleden;
        await db.SaveChangesAsync();
    }

    private async Task ZetOrganisatieActiefAsync(string email, bool actief)
    {
        await using var db = await factory.CreateDbContextAsync();
        var organisatieId = await db.Users.Where(u => u.Email == email).Select(u => u.Medewerker!.OrganisatieId).SingleAsync();
        await db.Organisaties.Where(o => o.Id == organisatieId).ExecuteUpdateAsync(o => o.SetProperty(x => x.Actief, actief));
    }
}

public sealed class SqliteSessieTests(SqlitePortalFactory factory)
    : SessieTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlSessieTests(PostgreSqlPortalFactory factory)
    : SessieTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
