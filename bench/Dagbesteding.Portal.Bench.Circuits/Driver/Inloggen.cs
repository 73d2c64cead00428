using System.Net;
using System.Text.RegularExpressions;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>Signs in through the portal's real login form (antiforgery token included) and returns the cookies.</summary>
public static partial class Inloggen
{
    public const string Wachtwoord = "Dagbesteding!2026";

    public static async Task<string> CookieAsync(string baseUrl, string email)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        using var formulier = await http.GetAsync("inloggen");
        var antiforgery = Cookies(formulier);
        var token = TokenPatroon().Match(await formulier.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen",
                ["__RequestVerificationToken"] = token,
                ["Invoer.Email"] = email,
                ["Invoer.Wachtwoord"] = Wachtwoord,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var antwoord = await http.SendAsync(post);
        return antwoord.StatusCode == HttpStatusCode.Redirect
            ? Cookies(antwoord)
            : throw new InvalidOperationException($"Inloggen als {email} mislukt: {antwoord.StatusCode}");
    }

    private static string Cookies(HttpResponseMessage antwoord) =>
        string.Join("; ", antwoord.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden.Select(w => w.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();
}
