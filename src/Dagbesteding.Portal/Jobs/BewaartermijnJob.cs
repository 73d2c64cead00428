using Dagbesteding.Portal.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// Daily: removes adviesvragen posted longer ago than Netwerk:BewaartermijnMaanden (data minimisation: the
/// portal is no second case file). Reacties, leesbevestigingen and doelgroep links go with them through their
/// cascading foreign keys; a Casus that started from the request keeps existing with BronAdviesvraagId null.
/// </summary>
public sealed class BewaartermijnJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<NetwerkOptions> options,
    TimeProvider timeProvider,
    ILogger<BewaartermijnJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task UitvoerenAsync(CancellationToken cancellationToken)
    {
        var maanden = options.Value.BewaartermijnMaanden;
        if (maanden < 1)
        {
            // Zero or less would remove every request, including those asked a minute ago.
            logger.LogError("Netwerk:BewaartermijnMaanden is {Maanden}; er wordt niets verwijderd. Gebruik 1 of meer.", maanden);
            return;
        }

        var grens = timeProvider.GetUtcNow().AddMonths(-maanden);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var oud = db.Adviesvragen.Where(a => a.GeplaatstOp < grens);
        // The chosen reply points back into the request's own replies with a restricting key: release it first,
        // so the cascade can remove the replies.
        await oud.Where(a => a.GekozenReactieId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.GekozenReactieId, (int?)null), cancellationToken);
        var verwijderd = await oud.ExecuteDeleteAsync(cancellationToken);
        // Meldingen (and their deliveries, by cascade) point at questions and casussen: they go after the same term.
        var meldingen = await db.Meldingen.Where(m => m.Op < grens).ExecuteDeleteAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);

        logger.LogInformation("Bewaartermijn: {Aantal} adviesvragen geplaatst vóór {Grens:yyyy-MM-dd} verwijderd ({Maanden} maanden), en {Meldingen} meldingen",
            verwijderd, grens, maanden, meldingen);
    }
}
