using Dagbesteding.Portal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dagbesteding.Portal.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` run with this project as its own startup project.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqliteFile("design-time.db");
        return new PortalDbContext(options.Options);
    }
}
