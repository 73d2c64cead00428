using Dagbesteding.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Infrastructure.Health;

/// <summary>The portal's database (SQLite or PostgreSQL, through the same factory as every service) answers a read.</summary>
public sealed class DatabaseCheck(IDbContextFactory<PortalDbContext> factory, ILogger<DatabaseCheck> logger) : GereedheidsCheck(logger)
{
    public const string Naam = "database";

    protected override string Onderdeel => Naam;

    protected override async Task ControleerAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // First: on SQLite this looks for the file without creating it, which opening a connection would do.
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            throw new GereedheidsFout("geen verbinding");
        }
        // A read of a real table: a damaged file or a database without the portal's schema is not ready either.
        _ = await db.Stadsdelen.AnyAsync(cancellationToken);
    }
}
