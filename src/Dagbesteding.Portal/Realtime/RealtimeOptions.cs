namespace Dagbesteding.Portal.Realtime;

/// <summary>Settings under <c>Realtime</c> (documented in appsettings.template.json).</summary>
public sealed class RealtimeOptions
{
    public const string Sectie = "Realtime";

    /// <summary>Redis connection string for more than one node; empty: one node, in-process.</summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Open pages (circuits, connected or retained) one user may have on one node. Each costs server memory; a
    /// person rarely needs more than a few tabs and a phone.
    /// </summary>
    public int MaxCircuitsPerGebruiker { get; set; } = 10;

    /// <summary>
    /// How long the server keeps the circuit of a page whose connection dropped, so it can reconnect to the same
    /// state (a phone switching networks, a laptop lid closed for a moment). Three minutes, the framework's
    /// default: longer costs memory for pages that never come back; a page that returns later simply reloads.
    /// </summary>
    public int CircuitBewaartijdMinuten { get; set; } = 3;

    /// <summary>At most this many disconnected circuits are kept per node (the oldest go first).</summary>
    public int MaxBewaardeCircuits { get; set; } = 1000;
}
