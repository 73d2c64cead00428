namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>The managed heap of this (server) process after a full, blocking collection: what the circuits keep alive.</summary>
public static class Geheugen
{
    public static long NaVolledigeCollectie()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
