using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Data;

/// <summary>Chooses the provider and its migrations assembly: one migrations assembly per provider.</summary>
public static class PortalDatabase
{
    public const string SqliteMigrationsAssembly = "Dagbesteding.Portal.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Dagbesteding.Portal.Migrations.PostgreSql";

    public static DbContextOptionsBuilder UseSqliteFile(this DbContextOptionsBuilder builder, string path) =>
        builder.UseSqlite($"Data Source={path}", o => o.MigrationsAssembly(SqliteMigrationsAssembly)).AddInterceptors(SqlitePragmas.Instantie);

    public static DbContextOptionsBuilder UsePortalPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
}
