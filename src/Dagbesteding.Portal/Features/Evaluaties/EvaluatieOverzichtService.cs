using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Evaluaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Evaluaties;

public sealed record EvaluatieMaand(DateOnly Maand, int Aantal);

public sealed record EvaluatieOverzicht(IReadOnlyList<EvaluatieMaand> PerMaand, int Lopend, int StartenBinnenZesWeken, int VanMij);

public sealed class EvaluatieOverzichtService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Evaluation dates of the stadsdeel for the coming twelve months, and what runs now.</summary>
    public async Task<EvaluatieOverzicht> OverzichtAsync(int stadsdeelId, int medewerkerId, CancellationToken cancellationToken = default)
    {
        var vandaag = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var eersteMaand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var tot = eersteMaand.AddMonths(12);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var vanStadsdeel = db.Evaluaties.Where(e => e.Ondersteuningsplan!.Casus!.StadsdeelId == stadsdeelId && e.AfgerondOp == null);
        var datums = await vanStadsdeel.Where(e => e.Evaluatiedatum >= eersteMaand && e.Evaluatiedatum < tot)
            .Select(e => e.Evaluatiedatum).ToListAsync(cancellationToken);
        var perMaand = Enumerable.Range(0, 12)
            .Select(i => eersteMaand.AddMonths(i))
            .Select(m => new EvaluatieMaand(m, datums.Count(d => d.Year == m.Year && d.Month == m.Month)))
            .ToList();
        var lopend = await vanStadsdeel.CountAsync(e => e.GeopendOp != null, cancellationToken);
        var binnenkort = vandaag.AddDays(7 * Evaluatie.WekenVooraf);
        var starten = await vanStadsdeel.CountAsync(e => e.GeopendOp == null && e.StartOp <= binnenkort, cancellationToken);
        var vanMij = await vanStadsdeel.CountAsync(e => e.GeopendOp != null && e.Ondersteuningsplan!.Casus!.RegievoerderId == medewerkerId, cancellationToken);
        return new EvaluatieOverzicht(perMaand, lopend, starten, vanMij);
    }
}
