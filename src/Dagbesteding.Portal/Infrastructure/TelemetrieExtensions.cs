using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// OpenTelemetry: traces of the requests, the SignalR hub, the Blazor components and the PostgreSQL calls (Npgsql's own
/// source); metrics of ASP.NET Core, Kestrel, SignalR's connections, the Blazor circuits, the runtime and the portal's
/// own <see cref="PortalMetingen"/>. Exported over OTLP only when Telemetrie:OtlpEndpoint is set — the quick start and
/// CI export nothing — and then the logs go along. The health probes are left out of the traces.
/// </summary>
public static class TelemetrieExtensions
{
    /// <summary>The meters the portal collects; the two Components meters are the Blazor circuit meters of .NET 10.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Npgsql",
        PortalMetingen.MeterNaam,
    ];

    /// <summary>The trace sources next to the ASP.NET Core instrumentation.</summary>
    public static readonly IReadOnlyList<string> Bronnen =
    [
        "Microsoft.AspNetCore.SignalR.Server",
        "Microsoft.AspNetCore.Components",
        "Npgsql",
    ];

    public static WebApplicationBuilder AddPortalTelemetrie(this WebApplicationBuilder builder)
    {
        var opties = builder.Configuration.GetSection(TelemetrieOptions.Sectie).Get<TelemetrieOptions>() ?? new TelemetrieOptions();
        var collector = CollectorUit(opties.OtlpEndpoint);
        var protocol = ProtocolUit(opties.OtlpProtocol);

        builder.Services.AddSingleton<PortalMetingen>();
        var telemetrie = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                string.IsNullOrWhiteSpace(opties.ServiceNaam) ? "dagbesteding-portal" : opties.ServiceNaam.Trim(),
                serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !HealthExtensions.IsHealthPad(context.Request.Path))
                .AddSource([.. Bronnen]))
            .WithMetrics(metrics => metrics
                .AddRuntimeInstrumentation()
                .AddMeter([.. Meters]));
        if (collector is not null)
        {
            telemetrie.WithLogging().UseOtlpExporter(protocol, collector);
        }
        return builder;
    }

    private static Uri? CollectorUit(string? waarde)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }
        return Uri.TryCreate(waarde.Trim(), UriKind.Absolute, out var adres) && (adres.Scheme == Uri.UriSchemeHttp || adres.Scheme == Uri.UriSchemeHttps)
            ? adres
            : throw new PortalStartupException(
                $"Telemetrie:OtlpEndpoint '{waarde}' is geen volledig http- of https-adres (bijvoorbeeld http://otel-collector:4317); laat de instelling leeg om niets te exporteren.");
    }

    private static OtlpExportProtocol ProtocolUit(string? waarde) => waarde?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "httpprotobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new PortalStartupException($"Telemetrie:OtlpProtocol '{waarde}' is onbekend: kies grpc of http/protobuf."),
    };
}
