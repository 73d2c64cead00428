using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// The portal's own metrics, on one meter <see cref="MeterNaam"/>. Recorded after the commit, at the points where
/// the thing happened; tags carry ids only — never a question text, a name or a kenmerk.
/// </summary>
public sealed class PortalMetingen
{
    public const string MeterNaam = "Dagbesteding.Portal";

    /// <summary>The values of the tag "door" of evaluaties_geopend.</summary>
    public const string DoorTaak = "taak";
    public const string DoorRegievoerder = "regievoerder";

    private static readonly double[] WerktijdGrenzen =
        [.. new[] { 1, 2, 4, 8, 12, 24, 36, 48, 72, 120 }.Select(uren => uren * 3600d)];

    private static readonly double[] LatentieGrenzen = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _adviesvragenGeplaatst;
    private readonly Counter<long> _evaluatiesGeopend;
    private readonly Histogram<double> _eersteReactieWerktijd;
    private readonly Histogram<double> _liveBezorging;
    private readonly ConcurrentDictionary<LiveVerbinding, byte> _wachtrijen = new();
    private long _circuits;

    public PortalMetingen(IMeterFactory meters)
    {
        var meter = meters.Create(MeterNaam);
        _adviesvragenGeplaatst = meter.CreateCounter<long>("adviesvragen_geplaatst", "{adviesvraag}",
            "Adviesvragen geplaatst, per kanaal (tag kanaal: het id).");
        _evaluatiesGeopend = meter.CreateCounter<long>("evaluaties_geopend", "{evaluatie}",
            "Evaluaties geopend (tag door: taak of regievoerder).");
        _eersteReactieWerktijd = meter.CreateHistogram("eerste_reactie_werktijd", "s",
            "Tijd tot de eerste reactie van een ander op een adviesvraag, in werktijd (alleen werkdagen telt).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WerktijdGrenzen });
        _liveBezorging = meter.CreateHistogram("live_bezorging_latentie", "s",
            "Van het in de wachtrij zetten van een live update tot het scherm van één circuit hem verwerkt heeft.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatentieGrenzen });
        meter.CreateObservableGauge("live_wachtrij_diepte", () => _wachtrijen.Keys.Sum(v => (long)v.InWachtrij), "{gebeurtenis}",
            "Live updates die op deze node in de wachtrijen van de circuits wachten.");
        meter.CreateObservableGauge("circuits_open", () => Interlocked.Read(ref _circuits), "{circuit}",
            "Open Blazor-circuits op deze node (verbonden of bewaard).");
    }

    public void AdviesvraagGeplaatst(int kanaalId) =>
        _adviesvragenGeplaatst.Add(1, new KeyValuePair<string, object?>("kanaal", kanaalId));

    public void EvaluatieGeopend(string door) =>
        _evaluatiesGeopend.Add(1, new KeyValuePair<string, object?>("door", door));

    public void EersteReactie(TimeSpan werktijd, int kanaalId) =>
        _eersteReactieWerktijd.Record(werktijd.TotalSeconds, new KeyValuePair<string, object?>("kanaal", kanaalId));

    internal void LiveBezorgd(TimeSpan latentie) => _liveBezorging.Record(latentie.TotalSeconds);

    internal void WachtrijOpen(LiveVerbinding verbinding) => _wachtrijen.TryAdd(verbinding, 0);

    internal void WachtrijDicht(LiveVerbinding verbinding) => _wachtrijen.TryRemove(verbinding, out _);

    internal void CircuitOpen() => Interlocked.Increment(ref _circuits);

    internal void CircuitDicht() => Interlocked.Decrement(ref _circuits);
}
