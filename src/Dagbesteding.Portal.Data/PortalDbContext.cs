using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dagbesteding.Portal.Data;

/// <summary>
/// The one DbContext of the portal (domain + Identity). Migrations live in one assembly per provider;
/// after a model change add a migration to both:
/// <code>
/// dotnet ef migrations add &lt;Naam&gt; --project src/Dagbesteding.Portal.Migrations.Sqlite
/// dotnet ef migrations add &lt;Naam&gt; --project src/Dagbesteding.Portal.Migrations.PostgreSql
/// </code>
/// (each migrations project has its own design-time factory, so no startup project is needed).
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalGebruiker>(options)
{
    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();
    public DbSet<Stadsdeel> Stadsdelen => Set<Stadsdeel>();
    public DbSet<Organisatie> Organisaties => Set<Organisatie>();
    public DbSet<Locatie> Locaties => Set<Locatie>();
    public DbSet<LocatieWijziging> LocatieWijzigingen => Set<LocatieWijziging>();
    public DbSet<Doelgroep> Doelgroepen => Set<Doelgroep>();
    public DbSet<Medewerker> Medewerkers => Set<Medewerker>();
    public DbSet<Kanaal> Kanalen => Set<Kanaal>();
    public DbSet<Lidmaatschap> Lidmaatschappen => Set<Lidmaatschap>();
    public DbSet<Adviesvraag> Adviesvragen => Set<Adviesvraag>();
    public DbSet<Reactie> Reacties => Set<Reactie>();
    public DbSet<Leesbevestiging> Leesbevestigingen => Set<Leesbevestiging>();
    public DbSet<Sluitingsdag> Sluitingsdagen => Set<Sluitingsdag>();
    public DbSet<Casuistiekoverleg> Overleggen => Set<Casuistiekoverleg>();
    public DbSet<OverlegPunt> OverlegPunten => Set<OverlegPunt>();
    public DbSet<Casus> Casussen => Set<Casus>();
    public DbSet<Ondersteuningsplan> Ondersteuningsplannen => Set<Ondersteuningsplan>();
    public DbSet<CasusGebeurtenis> CasusGebeurtenissen => Set<CasusGebeurtenis>();
    public DbSet<Signaal> Signalen => Set<Signaal>();
    public DbSet<Evaluatie> Evaluaties => Set<Evaluatie>();
    public DbSet<CasusStapWissel> CasusStapWissels => Set<CasusStapWissel>();
    public DbSet<AgendaKoppeling> AgendaKoppelingen => Set<AgendaKoppeling>();
    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();
    public DbSet<Melding> Meldingen => Set<Melding>();
    public DbSet<MeldingBezorging> MeldingBezorgingen => Set<MeldingBezorging>();
    public DbSet<MeldingVoorkeur> MeldingVoorkeuren => Set<MeldingVoorkeur>();
    public DbSet<MeldingInstellingen> MeldingInstellingen => Set<MeldingInstellingen>();
    public DbSet<PushAbonnement> PushAbonnementen => Set<PushAbonnement>();
    public DbSet<PortalSessie> Sessies => Set<PortalSessie>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (!Database.IsSqlite())
        {
            // Existing locaties get an empty list when the column is added (SQLite's JSON column gets '[]' from EF itself).
            builder.Entity<Locatie>().PrimitiveCollection(l => l.Talen).HasDefaultValueSql("'{}'");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset values; store them as UTC ticks there.
        // PostgreSQL keeps its native timestamptz.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VernieuwVersies();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VernieuwVersies();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A new concurrency token on every update, so a stale edit fails on both providers alike.</summary>
    private void VernieuwVersies()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Versie") is { } versie)
            {
                entry.Property(versie.Name).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
