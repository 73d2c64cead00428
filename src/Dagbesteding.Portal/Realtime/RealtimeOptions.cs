namespace Dagbesteding.Portal.Realtime;

/// <summary>Settings under <c>Realtime</c> (documented in appsettings.template.json).</summary>
public sealed class RealtimeOptions
{
    public const string Sectie = "Realtime";

    /// <summary>Redis connection string for more than one node; empty: one node, in-process.</summary>
    public string? Redis { get; set; }

    /// <summary>
    /// Start of every Redis key and channel of this portal (backplane, relay, key ring), so two portals (test and
    /// production) can share one Redis without reading each other's messages or keys.
    /// </summary>
    public string RedisVoorvoegsel { get; set; } = "dagbesteding";

    /// <summary>
    /// Secret of the HMAC-SHA256 over every relay message (at least 32 characters, the same on every node): what
    /// arrives from Redis without a valid MAC is dropped. Required when <see cref="Redis"/> is set.
    /// </summary>
    public string? RelaySleutel { get; set; }

    /// <summary>The certificate that encrypts the data-protection key ring in Redis (required in Production with Redis).</summary>
    public SleutelringCertificaat Sleutelring { get; set; } = new();

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

    /// <summary>
    /// With Redis: every this many seconds a node tells the others again who has which board open ("Ook aan het
    /// kijken"); a node that missed two of these (killed, cut off) drops out of the other nodes' lists. Changes are
    /// sent at once; this only bounds how long a vanished node's viewers stay shown (twice this) and how long a node
    /// that just started waits for the others' viewers (once). Clamped 1–3600.
    /// </summary>
    public int AanwezigheidSeconden { get; set; } = 15;

    /// <summary>At most this many disconnected circuits are kept per node (the oldest go first).</summary>
    public int MaxBewaardeCircuits { get; set; } = 1000;
}

/// <summary>
/// Settings under <c>Realtime:Sleutelring</c>: a PKCS#12 file (<see cref="Pad"/> ending in .pfx or .p12, with
/// <see cref="Wachtwoord"/>) or a PEM pair (<see cref="Pad"/> the certificate, <see cref="SleutelPad"/> the private key).
/// </summary>
public sealed class SleutelringCertificaat
{
    public string? Pad { get; set; }
    public string? Wachtwoord { get; set; }
    public string? SleutelPad { get; set; }

    public bool IsIngesteld => !string.IsNullOrWhiteSpace(Pad);
}
