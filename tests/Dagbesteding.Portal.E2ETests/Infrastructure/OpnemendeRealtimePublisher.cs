using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>Test-only fallback for the realtime publisher: records membership changes instead of pushing them.</summary>
public sealed class OpnemendeRealtimePublisher : IRealtimePublisher
{
    public ConcurrentQueue<int> GewijzigdeLidmaatschappen { get; } = new();

    public Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default)
    {
        GewijzigdeLidmaatschappen.Enqueue(medewerkerId);
        return Task.CompletedTask;
    }
}
