namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>
/// Whether this node is stopping. Set once, on the first stop signal; read by the readiness check and by
/// <see cref="AfsluitWeigering"/>, which refuse what a stopping node should no longer take.
/// </summary>
public sealed class Afsluitstatus
{
    private int _bezig;

    public bool IsBezig => Volatile.Read(ref _bezig) == 1;

    /// <summary>True the first time, so only one log line says that the node stops.</summary>
    public bool Begin() => Interlocked.Exchange(ref _bezig, 1) == 0;
}
