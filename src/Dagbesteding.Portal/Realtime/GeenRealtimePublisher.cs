namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The fallback when realtime is not configured: publishes nothing. Registered with TryAdd, so the SignalR
/// publisher replaces it as soon as it is registered. Nothing is lost without it: every change is stored before
/// it is published, and clients read the database when they (re)load.
/// </summary>
public sealed class GeenRealtimePublisher : IRealtimePublisher
{
    public Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
