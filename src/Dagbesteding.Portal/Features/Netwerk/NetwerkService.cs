using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Netwerk;

public sealed record KanaalLid(string Naam, string Organisatie, OrganisatieType OrganisatieType, Functie Functie, DateTimeOffset Vanaf, bool Automatisch);

public sealed record KanaalOverzicht(int Id, string Naam, IReadOnlyList<KanaalLid> Leden, int AantalAfgemeld);

/// <summary>Reads a stadsdeel channel and its members. One DbContext per call (long-lived circuits hold none).</summary>
public sealed class NetwerkService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<KanaalOverzicht?> KanaalAsync(int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await db.Kanalen.Where(k => k.StadsdeelId == stadsdeelId)
            .Select(k => new { k.Id, k.Naam })
            .SingleOrDefaultAsync(cancellationToken);
        if (kanaal is null)
        {
            return null;
        }
        var leden = await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaal.Id && l.AfgemeldOp == null)
            .OrderBy(l => l.Medewerker!.Organisatie!.Type).ThenBy(l => l.Medewerker!.Naam)
            .Select(l => new KanaalLid(l.Medewerker!.Naam, l.Medewerker.Organisatie!.Naam, l.Medewerker.Organisatie.Type, l.Medewerker.Functie, l.Vanaf, l.Automatisch))
            .ToListAsync(cancellationToken);
        var afgemeld = await db.Lidmaatschappen.CountAsync(l => l.KanaalId == kanaal.Id && l.AfgemeldOp != null, cancellationToken);
        return new KanaalOverzicht(kanaal.Id, kanaal.Naam, leden, afgemeld);
    }
}
