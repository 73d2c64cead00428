using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Accounts of their own for the sign-in tests (the demo accounts are shared by every test of a fixture, so a test
/// that turns on two steps or deactivates someone makes its own), and the forms of the account pages.
/// </summary>
public static partial class TestAccounts
{
    public sealed record Account(string Email, string Id, int MedewerkerId, int OrganisatieId);

    public static async Task<Account> MaakAccountAsync(this PortalFactory factory, string rol, string wachtwoord = PortalClient.Wachtwoord)
    {
        var uniek = Guid.NewGuid().ToString("N")[..8];
        int medewerkerId, organisatieId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var organisatie = new Organisatie
            {
                GemeenteId = await db.Gemeenten.Select(g => g.Id).FirstAsync(),
                Naam = $"Proeforganisatie {uniek}",
                Type = OrganisatieType.Buurtteamorganisatie,
                StadsdeelId = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync(),
            };
            var medewerker = new Medewerker { Organisatie = organisatie, Naam = "Proef Persoon", Email = $"p{uniek}@example.org", Functie = Functie.Netwerkmanager };
            db.Medewerkers.Add(medewerker);
            await db.SaveChangesAsync();
            (medewerkerId, organisatieId) = (medewerker.Id, organisatie.Id);
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = new PortalGebruiker { UserName = $"p{uniek}@example.org", Email = $"p{uniek}@example.org", EmailConfirmed = true, MedewerkerId = medewerkerId };
        var aangemaakt = await users.CreateAsync(gebruiker, wachtwoord);
        Assert.True(aangemaakt.Succeeded, string.Join("; ", aangemaakt.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(gebruiker, rol)).Succeeded);
        return new Account(gebruiker.Email, gebruiker.Id, medewerkerId, organisatieId);
    }

    /// <summary>Opens a static server-rendered page and posts one of its forms, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormulierAsync(this PortalClient client, string url, string formulier, IReadOnlyDictionary<string, string> velden)
    {
        var pagina = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        var token = AntiforgeryToken().Match(await pagina.Content.ReadAsStringAsync()).Groups[1].Value;
        var inhoud = new Dictionary<string, string>(velden) { ["_handler"] = formulier, ["__RequestVerificationToken"] = token };
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(inhoud));
    }

    /// <summary>Reads the shared key from the setup page, as a person types it into the app.</summary>
    public static async Task<string> LeesSleutelAsync(this PortalClient client)
    {
        var html = await client.Http.GetStringAsync("/account/tweestaps-instellen");
        var sleutel = Sleutel().Match(html);
        Assert.True(sleutel.Success, "The setup page shows no key.");
        return sleutel.Groups[1].Value.Replace(" ", "").ToUpperInvariant();
    }

    /// <summary>What an authenticator app shows now for this key (RFC 6238: SHA-1, 6 digits, 30 seconds).</summary>
    public static string Code(string sleutel) => new Totp(Base32Encoding.ToBytes(sleutel)).ComputeTotp();

    /// <summary>Sets up two steps for a signed-in client and returns the key and the recovery codes.</summary>
    public static async Task<(string Sleutel, IReadOnlyList<string> Herstelcodes)> StelTweeStapsInAsync(this PortalClient client)
    {
        var sleutel = await client.LeesSleutelAsync();
        var antwoord = await client.PostFormulierAsync("/account/tweestaps-instellen", "tweestaps-instellen", new Dictionary<string, string> { ["Invoer.Code"] = Code(sleutel) });
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("Tweestapsverificatie staat aan.", html);
        return (sleutel, Herstelcodes(html));
    }

    public static IReadOnlyList<string> Herstelcodes(string html)
    {
        var lijst = Regex.Match(html, "data-testid=\"herstelcodes\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(lijst, "<kbd>([^<]+)</kbd>").Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Whether this client holds a portal session: a page for any signed-in user answers instead of redirecting to the login.</summary>
    public static async Task<bool> IsIngelogdAsync(this PortalClient client) =>
        (await client.Http.GetAsync("/account/wachtwoord")).StatusCode == HttpStatusCode.OK;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("data-testid=\"sleutel\">([^<]+)</kbd>")]
    private static partial Regex Sleutel();
}
