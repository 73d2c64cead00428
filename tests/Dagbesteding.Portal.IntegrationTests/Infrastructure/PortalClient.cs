using System.Net;
using System.Text.RegularExpressions;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that signs in through the real login form (antiforgery token and all).</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public const string Wachtwoord = "Dagbesteding!2026";

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> LogInAsync(string email, string wachtwoord = Wachtwoord)
    {
        var formulier = await Http.GetStringAsync("/inloggen");
        var token = AntiforgeryToken().Match(formulier).Groups[1].Value;
        return await Http.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["__RequestVerificationToken"] = token,
            ["Invoer.Email"] = email,
            ["Invoer.Wachtwoord"] = wachtwoord,
        }));
    }

    public async Task LogInSuccessfullyAsync(string email)
    {
        var response = await LogInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
