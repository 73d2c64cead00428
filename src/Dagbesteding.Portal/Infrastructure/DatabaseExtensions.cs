using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.Features.Netwerk.Leden;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dagbesteding.Portal.Infrastructure;

public static class DatabaseExtensions
{
    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection(DemoDataOptions.Section));
        builder.Services.AddDbContextFactory<PortalDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            switch (database.Provider)
            {
                case DatabaseProvider.PostgreSql:
                    options.UsePortalPostgreSql(database.PostgreSqlConnectionString
                        ?? throw new PortalStartupException("Database:PostgreSqlConnectionString is leeg, maar Database:Provider is PostgreSql."));
                    break;
                default:
                    options.UseSqliteFile(SqlitePath(database, environment));
                    break;
            }
        });
        builder.Services.AddScoped<DemoDataSeeder>();
        // TryAdd: a test host's own registration (DemoDataTesthost) stands, whichever order the hosts apply them in.
        builder.Services.TryAddSingleton(new DemoDataToestemming(builder.Environment.IsDevelopment()));
        return builder;
    }

    public static string SqlitePath(DatabaseOptions database, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.SqliteFile));

    /// <summary>Applies the migrations of the configured provider and, in the embedded default, seeds demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var pad = database.Provider == DatabaseProvider.Sqlite ? SqlitePath(database, app.Environment) : null;
        try
        {
            if (pad is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
            }
            // Two nodes starting together on PostgreSQL: one migrates and seeds, the other waits and then has nothing to do.
            await using var slot = await MigratieSlot.NeemAsync(database);
            await using var scope = app.Services.CreateAsyncScope();
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using (var db = await factory.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
            // Netwerkmanagers are channel members by rule; idempotent, so every start repairs what is missing.
            await using (var db = await factory.CreateDbContextAsync())
            {
                await LidmaatschapService.ZorgVoorNetwerkmanagersAsync(db, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
            }
        }
        catch (Exception ex) when (pad is not null && ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new PortalStartupException(
                $"Het SQLite-databasebestand '{pad}' kan niet worden geopend of gemaakt ({ex.Message.Trim()}). " +
                "Controleer de instelling Database:SqliteFile en de schrijfrechten op die map.", ex);
        }
        catch (Exception ex) when (database.Provider == DatabaseProvider.PostgreSql && (ex as PostgresException ?? ex.InnerException as PostgresException) is { IsTransient: true } fout)
        {
            // The server answered but cannot take us yet: starting up (57P03), too many connections (53300), and the like.
            throw new PortalStartupException(
                $"De PostgreSQL-server kan de portal nog niet aannemen ({fout.SqlState}: {fout.MessageText.Trim()}).", ex, isTijdelijk: true);
        }
        catch (Exception ex) when (database.Provider == DatabaseProvider.PostgreSql && (ex as PostgresException ?? ex.InnerException as PostgresException) is { } fout)
        {
            // The server answered: not unreachable, but a refused sign-in or an error of the server itself.
            throw new PortalStartupException(fout.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
                ? $"De PostgreSQL-server weigert de aanmelding ({fout.SqlState}: {fout.MessageText.Trim()}). " +
                  "Controleer gebruiker en wachtwoord in de instelling Database:PostgreSqlConnectionString."
                : $"De PostgreSQL-server gaf een fout bij het voorbereiden van de database ({fout.SqlState}: {fout.MessageText.Trim()}). " +
                  "Controleer de rechten van de gebruiker uit Database:PostgreSqlConnectionString en de migraties.", ex);
        }
        catch (Exception ex) when (database.Provider == DatabaseProvider.PostgreSql && (ex is NpgsqlException || ex.InnerException is NpgsqlException))
        {
            throw new PortalStartupException(
                $"De PostgreSQL-database is niet bereikbaar ({ex.Message.Trim()}). " +
                "Controleer de instelling Database:PostgreSqlConnectionString.", ex, isTijdelijk: true);
        }
    }
}
