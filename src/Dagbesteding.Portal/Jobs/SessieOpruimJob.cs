using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Infrastructure.Sessies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// Daily: removes server-side sessions that can no longer be used (past the absolute lifetime) and are older than
/// <see cref="Bewaardagen"/> more days. Until then a row still tells when a session began and how it ended, next to the
/// audit lines that carry its id; after that the audit lines alone remain the record.
/// </summary>
public sealed class SessieOpruimJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<SessieOptions> options,
    TimeProvider timeProvider,
    ILogger<SessieOpruimJob> logger)
{
    public const int Bewaardagen = 30;

    public async Task<int> UitvoerenAsync(CancellationToken cancellationToken)
    {
        var grens = timeProvider.GetUtcNow() - options.Value.MaxDuur - TimeSpan.FromDays(Bewaardagen);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var verwijderd = await db.Sessies.Where(s => s.BegonOp < grens).ExecuteDeleteAsync(cancellationToken);
        if (verwijderd > 0)
        {
            logger.LogInformation("{Aantal} verlopen sessies van vóór {Grens:yyyy-MM-dd} opgeruimd", verwijderd, grens);
        }
        return verwijderd;
    }
}
