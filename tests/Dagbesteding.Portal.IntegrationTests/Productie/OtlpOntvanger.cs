using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>
/// A stand-in OpenTelemetry collector for OTLP over http/protobuf: keeps every export it receives (path, moment, body)
/// and answers 200. The protobuf bodies are not decoded; metric names travel as plain UTF-8 in them.
/// </summary>
public sealed class OtlpOntvanger : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Export(string Pad, DateTime Op, byte[] Inhoud)
    {
        public bool Bevat(string tekst) => Encoding.UTF8.GetString(Inhoud).Contains(tekst, StringComparison.Ordinal);
    }

    public ConcurrentQueue<Export> Exports { get; } = new();
    public string Adres { get; }

    private OtlpOntvanger(WebApplication app, string adres)
    {
        _app = app;
        Adres = adres;
    }

    public static async Task<OtlpOntvanger> StartAsync()
    {
        var poort = PortalProces.VrijePoort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{poort}");
        var app = builder.Build();
        var ontvanger = new OtlpOntvanger(app, $"http://127.0.0.1:{poort}");
        app.MapPost("/v1/{signaal}", async (string signaal, HttpRequest verzoek) =>
        {
            using var inhoud = new MemoryStream();
            await verzoek.Body.CopyToAsync(inhoud);
            ontvanger.Exports.Enqueue(new Export($"/v1/{signaal}", DateTime.UtcNow, inhoud.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        return ontvanger;
    }

    public IReadOnlyList<Export> Metrics => Exports.Where(e => e.Pad == "/v1/metrics").ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
