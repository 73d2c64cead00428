using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Dagbesteding.Portal.IntegrationTests.Telemetrie;

/// <summary>
/// OTLP export only when Telemetrie:OtlpEndpoint is set: the quick start and CI (no setting) register no exporter.
/// A bad value stops the start-up: see Foundation/StartupErrorTests.
/// </summary>
public sealed class OtlpExportTests
{
    private const string OtlpAssembly = "OpenTelemetry.Exporter.OpenTelemetryProtocol";

    [Fact]
    public async Task WithoutAnEndpoint_TheHostStarts_WithMetricsButNoOtlpExporter()
    {
        await using var factory = new DienstenFactory(endpoint: null);
        await factory.InitializeAsync();

        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(factory.Diensten, IsOtlp);
    }

    [Fact]
    public async Task WithAnEndpoint_AnOtlpExporterIsRegistered()
    {
        await using var factory = new DienstenFactory(endpoint: "http://127.0.0.1:4317");
        await factory.InitializeAsync();

        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        Assert.Contains(factory.Diensten, IsOtlp);
    }

    private static bool IsOtlp(ServiceDescriptor dienst) =>
        new[] { dienst.ServiceType, dienst.ImplementationType, dienst.ImplementationInstance?.GetType(), dienst.ImplementationFactory?.Method.DeclaringType }
            .OfType<Type>()
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments().Append(t) : [t])
            .Any(t => t.Assembly.GetName().Name == OtlpAssembly);

    private sealed class DienstenFactory(string? endpoint) : SqlitePortalFactory
    {
        public IServiceCollection Diensten { get; private set; } = new ServiceCollection();

        protected override bool MetDemoData => false;

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => endpoint is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Telemetrie:OtlpEndpoint"] = endpoint };

        protected override void ConfigureTest(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(diensten => Diensten = diensten);
    }
}
