using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>Records what would have been pushed, so tests can check that a stored change was published.</summary>
public sealed class OpnemendeRealtimePublisher : IRealtimePublisher
{
    public ConcurrentQueue<KanaalGebeurtenis> Gebeurtenissen { get; } = new();
    public ConcurrentQueue<PersoonlijkeMelding> Meldingen { get; } = new();
    public ConcurrentQueue<BordGebeurtenis> BordGebeurtenissen { get; } = new();
    public ConcurrentQueue<int> GewijzigdeLidmaatschappen { get; } = new();

    public Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        Gebeurtenissen.Enqueue(gebeurtenis);
        return Task.CompletedTask;
    }

    public Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default)
    {
        Meldingen.Enqueue(melding);
        return Task.CompletedTask;
    }

    public Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default)
    {
        GewijzigdeLidmaatschappen.Enqueue(medewerkerId);
        return Task.CompletedTask;
    }

    public Task BordGewijzigdAsync(BordGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        BordGebeurtenissen.Enqueue(gebeurtenis);
        return Task.CompletedTask;
    }
}
