using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Records what would be pushed. The optional callbacks run at push time, so a test can check that the change
/// was already stored ("persist first, then push").
/// </summary>
public sealed class FakeRealtimePublisher : IRealtimePublisher
{
    public ConcurrentQueue<KanaalGebeurtenis> Gebeurtenissen { get; } = new();
    public ConcurrentQueue<PersoonlijkeMelding> Meldingen { get; } = new();
    public ConcurrentQueue<BordGebeurtenis> BordGebeurtenissen { get; } = new();
    public ConcurrentQueue<int> LidmaatschapWijzigingen { get; } = new();

    public Func<KanaalGebeurtenis, Task>? BijGebeurtenis { get; init; }
    public Func<PersoonlijkeMelding, Task>? BijMelding { get; init; }

    public async Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        if (BijGebeurtenis is not null)
        {
            await BijGebeurtenis(gebeurtenis);
        }
        Gebeurtenissen.Enqueue(gebeurtenis);
    }

    public async Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default)
    {
        if (BijMelding is not null)
        {
            await BijMelding(melding);
        }
        Meldingen.Enqueue(melding);
    }

    public Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default)
    {
        LidmaatschapWijzigingen.Enqueue(medewerkerId);
        return Task.CompletedTask;
    }

    public Task BordGewijzigdAsync(BordGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        BordGebeurtenissen.Enqueue(gebeurtenis);
        return Task.CompletedTask;
    }
}
