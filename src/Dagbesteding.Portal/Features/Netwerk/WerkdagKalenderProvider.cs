using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Werkdagen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Netwerk;

/// <summary>
/// The working-day calendar with the closure days of the database (singleton). Deadlines are computed often and
/// closure days change a few times a year, so the calendar is cached: <see cref="Invalideer"/> drops it at once
/// when the Beheerder changes a closure day, on every node (the other nodes hear of it through the Redis relay, as
/// <see cref="Realtime.SluitingsdagenGewijzigd"/>), and it expires after <see cref="Geldigheid"/> in case a node missed
/// that message (Redis away at that moment).
/// </summary>
public sealed class WerkdagKalenderProvider(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider timeProvider)
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private Task<WerkdagKalender>? _kalender;
    private DateTimeOffset _geladenOp;

    /// <summary>The calendar: statutory holidays plus every closure day in the database.</summary>
    public Task<WerkdagKalender> KalenderAsync(CancellationToken cancellationToken = default)
    {
        Task<WerkdagKalender> kalender;
        lock (_lock)
        {
            var nu = timeProvider.GetUtcNow();
            if (_kalender is null || _kalender.IsFaulted || _kalender.IsCanceled || nu - _geladenOp >= Geldigheid)
            {
                // Not tied to the caller's token: the load is shared by every caller that arrives meanwhile.
                _kalender = LaadAsync();
                _geladenOp = nu;
            }
            kalender = _kalender;
        }
        return kalender.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The calendar for drawing, without waiting: the loaded one, or (while it loads, or when loading failed) the
    /// statutory holidays alone. A countdown on a card must never block a render on the database; the next render after
    /// the load shows the closure days too.
    /// </summary>
    public WerkdagKalender Huidig
    {
        get
        {
            var kalender = KalenderAsync();
            return kalender.IsCompletedSuccessfully ? kalender.Result : Wettelijk;
        }
    }

    private static readonly WerkdagKalender Wettelijk = new();

    /// <summary>Called after a closure day was added or removed; the next caller reads the database again.</summary>
    public void Invalideer()
    {
        lock (_lock)
        {
            _kalender = null;
        }
    }

    private async Task<WerkdagKalender> LaadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var sluitingsdagen = await db.Sluitingsdagen.Select(s => s.Datum).ToListAsync();
        return new WerkdagKalender(sluitingsdagen);
    }
}
