using System.Collections.Concurrent;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// Who has which stadsdeel board open on this node ("ook aan het kijken: …"). A circuit registers when the board
/// opens and its registration is removed on dispose; <see cref="Gewijzigd"/> tells the open boards to redraw.
/// Names only of colleagues who could see the same board anyway.
/// </summary>
public sealed class BordAanwezigheid
{
    private readonly ConcurrentDictionary<Guid, (int StadsdeelId, int MedewerkerId, string Naam)> _kijkers = new();

    public event Action<int>? Gewijzigd;

    public IDisposable Kijk(int stadsdeelId, int medewerkerId, string naam)
    {
        var id = Guid.NewGuid();
        _kijkers[id] = (stadsdeelId, medewerkerId, naam);
        Gewijzigd?.Invoke(stadsdeelId);
        return new Afmelding(() =>
        {
            if (_kijkers.TryRemove(id, out var kijker))
            {
                Gewijzigd?.Invoke(kijker.StadsdeelId);
            }
        });
    }

    /// <summary>The others looking at this board (the viewer's own tabs excluded), each name once.</summary>
    public IReadOnlyList<string> Kijkers(int stadsdeelId, int behalveMedewerkerId) =>
        _kijkers.Values.Where(k => k.StadsdeelId == stadsdeelId && k.MedewerkerId != behalveMedewerkerId)
            .Select(k => k.Naam).Distinct().Order(StringComparer.CurrentCulture).ToList();

    public int Aantal => _kijkers.Count;

    private sealed class Afmelding(Action afmelden) : IDisposable
    {
        private int _gedaan;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _gedaan, 1) == 0)
            {
                afmelden();
            }
        }
    }
}
