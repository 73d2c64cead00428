using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Casussen;

public sealed record StapAantal(WerkprocesStap Stap, int Aantal, int Spoed, int TijdelijkGestopt);

/// <summary>Counts per werkproces step: numbers only, no case details (so no audit line is needed here).</summary>
public sealed class CasusOverzichtService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StapAantal>> AantallenPerStapAsync(int stadsdeelId, int? regievoerderId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Casussen.Where(c => c.StadsdeelId == stadsdeelId);
        if (regievoerderId is { } id)
        {
            query = query.Where(c => c.RegievoerderId == id);
        }
        var rijen = await query.GroupBy(c => c.Stap)
            .Select(g => new StapAantal(g.Key, g.Count(), g.Count(c => c.Spoed), g.Count(c => c.TijdelijkGestopt)))
            .ToListAsync(cancellationToken);
        // Every step appears, also the empty ones, in werkproces order.
        return Enum.GetValues<WerkprocesStap>()
            .Select(stap => rijen.FirstOrDefault(r => r.Stap == stap) ?? new StapAantal(stap, 0, 0, 0))
            .ToList();
    }
}
