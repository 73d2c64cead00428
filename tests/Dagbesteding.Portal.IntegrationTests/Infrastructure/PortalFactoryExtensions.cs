using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

public static class PortalFactoryExtensions
{
    /// <summary>The actor for a demo account, built the way the app builds it: from the database, with the account's roles.</summary>
    public static async Task<Actor> ActorAsync(this PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}");
        var rollen = await users.GetRolesAsync(gebruiker);
        return new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, rollen.ToList());
    }

    public static async Task<int> StadsdeelIdAsync(this PortalFactory factory, string naam)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Stadsdelen.Where(s => s.Naam == naam).Select(s => s.Id).SingleAsync();
    }

    public static async Task<int> KanaalIdAsync(this PortalFactory factory, string stadsdeel)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Kanalen.Where(k => k.Stadsdeel!.Naam == stadsdeel).Select(k => k.Id).SingleAsync();
    }

    /// <summary>A GET with the given cookie header (a session cookie from <see cref="InlogCookieAsync"/>).</summary>
    public static async Task<HttpResponseMessage> GetMetCookieAsync(this PortalFactory factory, string url, string cookie)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Add("Cookie", cookie);
        return await http.SendAsync(verzoek);
    }

    /// <summary>Logs out through the real form: the page's antiforgery token and cookie, and the session cookie.</summary>
    public static async Task UitloggenAsync(this PortalFactory factory, string cookie)
    {
        var pagina = await factory.GetMetCookieAsync("/", cookie);
        var token = Regex.Match(await pagina.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/uitloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        verzoek.Headers.Add("Cookie", $"{cookie}; {Cookies(pagina)}");
        var uit = await http.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        Assert.Equal("/inloggen", uit.Headers.Location!.OriginalString);
    }

    /// <summary>Signs in through the real login form and returns the session cookie (for hub connections or another node).</summary>
    public static async Task<string> InlogCookieAsync(this PortalFactory factory, string email)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        var formulier = await http.GetAsync("/inloggen");
        var antiforgery = Cookies(formulier);
        var token = Regex.Match(await formulier.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen",
                ["__RequestVerificationToken"] = token,
                ["Invoer.Email"] = email,
                ["Invoer.Wachtwoord"] = PortalClient.Wachtwoord,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var antwoord = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return Cookies(antwoord);
    }

    /// <summary>The cookies a response sets, as a Cookie header value (name=value; ...).</summary>
    public static string Cookies(HttpResponseMessage antwoord) =>
        string.Join("; ", antwoord.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden.Select(w => w.Split(';')[0]) : []);

    /// <summary>A SignalR client of /hubs/netwerk signed in with <paramref name="cookie"/>, connected.</summary>
    public static async Task<HubConnection> HubVerbindingAsync(this PortalFactory factory, string cookie)
    {
        var verbinding = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/netwerk"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await verbinding.StartAsync();
        return verbinding;
    }

    /// <summary>Switches a demo account's medewerker (in)active, straight in the database (there is no beheer screen yet).</summary>
    public static async Task ZetMedewerkerActiefAsync(this PortalFactory factory, string email, bool actief)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Medewerkers.Where(m => db.Users.Any(u => u.Email == email && u.MedewerkerId == m.Id))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, actief));
    }

    /// <summary>Gives or takes a role of an account through Identity, as beheer would.</summary>
    public static async Task WijzigRolAsync(this PortalFactory factory, string email, string rol, bool erbij)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = (await users.FindByEmailAsync(email))!;
        Assert.True((erbij ? await users.AddToRoleAsync(gebruiker, rol) : await users.RemoveFromRoleAsync(gebruiker, rol)).Succeeded);
    }

    /// <summary>Runs a service of the app in its own scope, as one request or circuit would.</summary>
    public static async Task<T> MetServiceAsync<TService, T>(this PortalFactory factory, Func<TService, Task<T>> actie) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
