namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>Latencies of one scenario at one N: every update, every circuit that should have received it.</summary>
public sealed record Statistiek(string Scenario, int Aantal, int Updates, int Ontvangen, int Verwacht, int MinstePerUpdate, IReadOnlyList<double> Latenties, string? Opmerking = null)
{
    private double Percentiel(double p)
    {
        if (Latenties.Count == 0)
        {
            return double.NaN;
        }
        var gesorteerd = Latenties.Order().ToList();
        return gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];
    }

    public double P50 => Percentiel(0.50);

    public double P95 => Percentiel(0.95);

    public double Max => Latenties.Count == 0 ? double.NaN : Latenties.Max();

    public string AlsRij() =>
        $"| {Scenario} | {Aantal} | {Updates} | {Ontvangen:N0} / {Verwacht:N0} | {MinstePerUpdate} | {Ms(P50)} | {Ms(P95)} | {Ms(Max)} | {Opmerking} |";

    public static string Kop =>
        "| scenario | N | updates | received | fewest in one update | p50 | p95 | max | note |\n|---|---|---|---|---|---|---|---|---|";

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0.0} ms";
}
