using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Features.Audit;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// Daily: removes audit lines older than Audit:BewaartermijnMaanden. This is the only delete of audit lines in the
/// portal, and the database refuses any other (see <see cref="AuditTriggers"/>): the job opens the trigger's switch
/// inside its own transaction only.
/// </summary>
public sealed class AuditBewaartermijnJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<AuditOptions> options,
    TimeProvider timeProvider,
    ILogger<AuditBewaartermijnJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task UitvoerenAsync(CancellationToken cancellationToken)
    {
        var maanden = options.Value.BewaartermijnMaanden;
        if (maanden < 12)
        {
            // A typo must not wipe the log that has to prove who looked at what.
            logger.LogError("Audit:BewaartermijnMaanden is {Maanden}; er wordt niets verwijderd. Gebruik 12 of meer.", maanden);
            return;
        }
        var grens = timeProvider.GetUtcNow().AddMonths(-maanden);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditBewaartermijn" SET "Aan" = 1 WHERE "Id" = 1""", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("SELECT set_config('" + AuditTriggers.PostgreSqlInstelling + "', 'aan', true)", cancellationToken);
        }
        var verwijderd = await db.AuditRegels.Where(r => r.Op < grens).ExecuteDeleteAsync(cancellationToken);
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditBewaartermijn" SET "Aan" = 0 WHERE "Id" = 1""", cancellationToken);
        }
        await transactie.CommitAsync(cancellationToken);
        logger.LogInformation("Audit-bewaartermijn: {Aantal} regels van vóór {Grens:yyyy-MM-dd} verwijderd ({Maanden} maanden)", verwijderd, grens, maanden);
    }
}
