using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Records what would be pushed. <see cref="BijPublicatie"/> runs at push time, so a test can check that the change
/// was already stored ("persist first, then push").
/// </summary>
public sealed class FakeRealtimePublisher : IRealtimePublisher
{
    public ConcurrentQueue<ILiveGebeurtenis> Alles { get; } = new();

    public IReadOnlyList<KanaalGebeurtenis> Gebeurtenissen => Alles.OfType<KanaalGebeurtenis>().ToList();
    public IReadOnlyList<PersoonlijkeMelding> Meldingen => Alles.OfType<PersoonlijkeMelding>().ToList();
    public IReadOnlyList<BordGebeurtenis> BordGebeurtenissen => Alles.OfType<BordGebeurtenis>().ToList();
    public IReadOnlyList<int> LidmaatschapWijzigingen => Alles.OfType<LidmaatschapGewijzigd>().Select(l => l.MedewerkerId).ToList();

    public Action<ILiveGebeurtenis>? BijPublicatie { get; init; }

    public void Publiceer(ILiveGebeurtenis gebeurtenis)
    {
        BijPublicatie?.Invoke(gebeurtenis);
        Alles.Enqueue(gebeurtenis);
    }
}
