using System.Net;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>A load balancer's probe: anonymous, plain http on localhost, no cookies, no redirects followed.</summary>
public static class Gereedheid
{
    public static HttpClient Probe(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://localhost") });

    public static async Task<(HttpStatusCode Status, string Tekst)> VraagAsync(this HttpClient probe, string pad = HealthExtensions.ReadyPad)
    {
        using var antwoord = await probe.GetAsync(pad);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Probes every 200 ms until the answer is <paramref name="verwacht"/>: a client library reconnects on its own
    /// schedule (a pooled connection that broke is found on its next use), so recovery takes a moment, not a fixed time.
    /// </summary>
    public static async Task<string> WachtOpAsync(this HttpClient probe, HttpStatusCode verwacht, int seconden)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (true)
        {
            var (status, tekst) = await probe.VraagAsync();
            if (status == verwacht)
            {
                return tekst;
            }
            Assert.True(DateTime.UtcNow < tot, $"/health/ready gaf na {seconden} s nog {(int)status} {tekst}, verwacht {(int)verwacht}.");
            await Task.Delay(200);
        }
    }
}
