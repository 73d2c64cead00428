using System.Collections.Concurrent;
using Dagbesteding.Portal.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// A circuit's live connection without a browser: subscribes on keys of the app's real bus, as a page does, and
/// records what arrives through its own queue.
/// </summary>
public sealed class LiveOntvanger<T> : IDisposable where T : ILiveGebeurtenis
{
    private readonly LiveVerbinding _verbinding;
    private readonly List<IDisposable> _abonnementen = [];
    private readonly ConcurrentQueue<T> _ontvangen = new();
    private readonly SemaphoreSlim _signaal = new(0);

    public LiveOntvanger(IServiceProvider services, params LiveSleutel[] sleutels)
    {
        _verbinding = new LiveVerbinding(services.GetRequiredService<RealtimeBus>(), NullLogger<LiveVerbinding>.Instance);
        foreach (var sleutel in sleutels)
        {
            _abonnementen.Add(_verbinding.Abonneer<T>(sleutel, g =>
            {
                _ontvangen.Enqueue(g);
                _signaal.Release();
                return Task.CompletedTask;
            }));
        }
    }

    public IReadOnlyList<T> Ontvangen => _ontvangen.ToList();

    /// <summary>Waits until an event matching <paramref name="voorwaarde"/> arrived (the bound only stops a hung test).</summary>
    public async Task<T> WachtOpAsync(Func<T, bool> voorwaarde, int seconden = 10)
    {
        var grens = DateTime.UtcNow.AddSeconds(seconden);
        while (true)
        {
            if (_ontvangen.FirstOrDefault(voorwaarde) is { } gevonden)
            {
                return gevonden;
            }
            var over = grens - DateTime.UtcNow;
            if (over <= TimeSpan.Zero || !await _signaal.WaitAsync(over))
            {
                throw new TimeoutException($"Geen {typeof(T).Name} ontvangen die aan de voorwaarde voldoet.");
            }
        }
    }

    public void Dispose()
    {
        foreach (var abonnement in _abonnementen)
        {
            abonnement.Dispose();
        }
        _verbinding.Dispose();
    }
}
