using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Werkdagen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Netwerk;

/// <summary>The working-day calendar with the closure days the Beheerder set.</summary>
public sealed class WerkdagKalenderProvider(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<WerkdagKalender> KalenderAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dagen = await db.Sluitingsdagen.Select(s => s.Datum).ToListAsync(cancellationToken);
        return new WerkdagKalender(dagen);
    }
}
