using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Beheer;

public sealed record OrganisatieRij(int Id, string Naam, OrganisatieType Type, string? Stadsdeel, int Locaties, int Medewerkers, bool Actief);

public sealed class BeheerService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OrganisatieRij>> OrganisatiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisaties
            .OrderBy(o => o.Type).ThenBy(o => o.Naam)
            .Select(o => new OrganisatieRij(o.Id, o.Naam, o.Type, o.Stadsdeel != null ? o.Stadsdeel.Naam : null, o.Locaties.Count, o.Medewerkers.Count(m => m.Actief), o.Actief))
            .ToListAsync(cancellationToken);
    }
}
