using Dagbesteding.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Meldingen;

public sealed record MeldingRegel(long Id, string Tekst, string? Link, DateTimeOffset Op);

/// <summary>The in-portal notifications of the signed-in medewerker (escalations, decisions, handovers).</summary>
public sealed class MeldingService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<MeldingRegel>> OngelezenAsync(int medewerkerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Meldingen.Where(m => m.MedewerkerId == medewerkerId && m.GelezenOp == null && m.InBel)
            .OrderByDescending(m => m.Op).Take(20)
            .Select(m => new MeldingRegel(m.Id, m.Tekst, m.Link, m.Op))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Only the owner's own melding can be marked; another id does nothing.</summary>
    public async Task MarkeerGelezenAsync(int medewerkerId, long meldingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nu = time.GetUtcNow();
        await db.Meldingen.Where(m => m.Id == meldingId && m.MedewerkerId == medewerkerId && m.GelezenOp == null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.GelezenOp, nu), cancellationToken);
    }
}
