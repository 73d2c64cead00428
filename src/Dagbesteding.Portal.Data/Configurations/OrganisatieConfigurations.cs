using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dagbesteding.Portal.Data.Configurations;

internal sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> b)
    {
        b.Property(x => x.Naam).HasMaxLength(100);
        b.HasIndex(x => x.Naam).IsUnique();
    }
}

internal sealed class StadsdeelConfiguration : IEntityTypeConfiguration<Stadsdeel>
{
    public void Configure(EntityTypeBuilder<Stadsdeel> b)
    {
        b.Property(x => x.Naam).HasMaxLength(100);
        b.Property(x => x.Code).HasMaxLength(50);
        b.HasIndex(x => new { x.GemeenteId, x.Code }).IsUnique();
        b.HasOne(x => x.Gemeente).WithMany(g => g.Stadsdelen).HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> b)
    {
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.Website).HasMaxLength(500);
        b.HasIndex(x => new { x.GemeenteId, x.Naam }).IsUnique();
        b.HasOne(x => x.Gemeente).WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Stadsdeel).WithMany().HasForeignKey(x => x.StadsdeelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.ActieveStadsdelen).WithMany().UsingEntity("OrganisatieStadsdeel");
    }
}

internal sealed class LocatieConfiguration : IEntityTypeConfiguration<Locatie>
{
    public void Configure(EntityTypeBuilder<Locatie> b)
    {
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.Activiteit).HasMaxLength(100);
        b.HasOne(x => x.Organisatie).WithMany(o => o.Locaties).HasForeignKey(x => x.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Stadsdeel).WithMany().HasForeignKey(x => x.StadsdeelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Doelgroepen).WithMany().UsingEntity("LocatieDoelgroep");
        b.Property(x => x.Adres).HasMaxLength(200);
        b.Property(x => x.JekuntmeerUrl).HasMaxLength(500);
        // A primitive collection: JSON on SQLite, an array on PostgreSQL; the kaart filters on it with Contains.
        b.PrimitiveCollection(x => x.Talen);
        b.Property(x => x.WachttijdIndicatie).HasConversion<int?>();
        b.HasOne(x => x.Contactpersoon).WithMany().HasForeignKey(x => x.ContactpersoonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.Actief, x.StadsdeelId });
        // Locaties that exist when the column is added are active. The sentinel is the initializer's true, so a new
        // locatie stored as ended (false) is written as false, not replaced by the default.
        b.Property(x => x.Actief).HasDefaultValue(true).HasSentinel(true);
    }
}

internal sealed class LocatieWijzigingConfiguration : IEntityTypeConfiguration<LocatieWijziging>
{
    public void Configure(EntityTypeBuilder<LocatieWijziging> b)
    {
        b.Property(x => x.Velden).HasMaxLength(500);
        b.HasIndex(x => new { x.LocatieId, x.Op });
        b.HasOne(x => x.Locatie).WithMany(l => l.Wijzigingen).HasForeignKey(x => x.LocatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DoelgroepConfiguration : IEntityTypeConfiguration<Doelgroep>
{
    public void Configure(EntityTypeBuilder<Doelgroep> b)
    {
        b.Property(x => x.Code).HasMaxLength(50);
        b.Property(x => x.Naam).HasMaxLength(100);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class MedewerkerConfiguration : IEntityTypeConfiguration<Medewerker>
{
    public void Configure(EntityTypeBuilder<Medewerker> b)
    {
        b.Property(x => x.Naam).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasOne(x => x.Organisatie).WithMany(o => o.Medewerkers).HasForeignKey(x => x.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Stadsdeel>().WithMany().HasForeignKey(x => x.GekozenStadsdeelId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PortalGebruikerConfiguration : IEntityTypeConfiguration<PortalGebruiker>
{
    public void Configure(EntityTypeBuilder<PortalGebruiker> b)
    {
        b.HasOne(x => x.Medewerker).WithOne().HasForeignKey<PortalGebruiker>(x => x.MedewerkerId).OnDelete(DeleteBehavior.SetNull);
    }
}
