namespace Dagbesteding.Portal.Infrastructure;

/// <summary>The "Telemetrie" settings: where traces, metrics and logs go over OTLP (nowhere when empty).</summary>
public sealed class TelemetrieOptions
{
    public const string Sectie = "Telemetrie";

    /// <summary>The collector, an absolute http(s) address (e.g. http://otel-collector:4317); empty exports nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>"grpc" (port 4317) or "http/protobuf" (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>service.name of the traces, metrics and logs; service.instance.id is the node's machine name.</summary>
    public string ServiceNaam { get; set; } = "dagbesteding-portal";
}
