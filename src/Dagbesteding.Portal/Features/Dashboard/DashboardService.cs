using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Dashboard;

public sealed record LedenPerType(OrganisatieType Type, int Aantal);

public sealed record DashboardCijfers(IReadOnlyList<LedenPerType> Leden, int OpenAdviesvragen, int Casussen, int Spoed);

/// <summary>The figures of right now (open questions, running cases); the period figures are in <see cref="NetwerkCijfersService"/>.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<DashboardCijfers> CijfersAsync(int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leden = await db.Lidmaatschappen
            .Where(l => l.Kanaal!.StadsdeelId == stadsdeelId && l.AfgemeldOp == null)
            .GroupBy(l => l.Medewerker!.Organisatie!.Type)
            .Select(g => new LedenPerType(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var open = await db.Adviesvragen.CountAsync(a => a.Kanaal!.StadsdeelId == stadsdeelId
            && (a.Status == Domain.Netwerk.AdviesvraagStatus.Open || a.Status == Domain.Netwerk.AdviesvraagStatus.Beantwoord), cancellationToken);
        var casussen = await db.Casussen.CountAsync(c => c.StadsdeelId == stadsdeelId && c.Stap != Domain.Casussen.WerkprocesStap.Gestopt, cancellationToken);
        var spoed = await db.Casussen.CountAsync(c => c.StadsdeelId == stadsdeelId && c.Spoed && c.Stap != Domain.Casussen.WerkprocesStap.Gestopt, cancellationToken);
        return new DashboardCijfers(leden.OrderBy(l => l.Type).ToList(), open, casussen, spoed);
    }
}
