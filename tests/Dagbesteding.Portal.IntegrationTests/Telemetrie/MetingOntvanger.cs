using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Telemetrie;

/// <summary>
/// Listens to the portal's meter of one test host only (the meter of that host's IMeterFactory: other hosts in the
/// same test process have their own) and keeps every measurement by instrument name.
/// </summary>
public sealed class MetingOntvanger : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Meting>> _metingen = new();

    public MetingOntvanger(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        // The host's singleton creates the meter; make sure it exists before the listener starts.
        _ = services.GetRequiredService<PortalMetingen>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PortalMetingen.MeterNaam && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, waarde, tags, _) => Bewaar(instrument, waarde, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, waarde, tags, _) => Bewaar(instrument, waarde, tags));
        _listener.Start();
    }

    public IReadOnlyList<Meting> Van(string instrument) =>
        _metingen.TryGetValue(instrument, out var rij) ? [.. rij] : [];

    /// <summary>Reads the observable gauges now and returns the last value of <paramref name="instrument"/>.</summary>
    public double? LeesMeter(string instrument)
    {
        _listener.RecordObservableInstruments();
        return Van(instrument) is { Count: > 0 } rij ? rij[^1].Waarde : null;
    }

    public void Dispose() => _listener.Dispose();

    private void Bewaar<T>(Instrument instrument, T waarde, ReadOnlySpan<KeyValuePair<string, object?>> tags) where T : struct =>
        _metingen.GetOrAdd(instrument.Name, _ => new()).Enqueue(new Meting(Convert.ToDouble(waarde), tags.ToArray()));
}

public sealed record Meting(double Waarde, IReadOnlyList<KeyValuePair<string, object?>> Tags)
{
    public object? Tag(string naam) => Tags.FirstOrDefault(t => t.Key == naam).Value;
}
