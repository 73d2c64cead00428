using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dagbesteding.Portal.Data.Configurations;

internal sealed class MeldingBezorgingConfiguration : IEntityTypeConfiguration<MeldingBezorging>
{
    public void Configure(EntityTypeBuilder<MeldingBezorging> b)
    {
        b.Property(x => x.Fout).HasMaxLength(500);
        // The job looks for what is due: status first, then the moment.
        b.HasIndex(x => new { x.Status, x.NietVoor });
        b.HasIndex(x => new { x.MeldingId, x.Weg });
        b.HasIndex(x => x.PushAbonnementId);
        b.HasOne(x => x.Melding).WithMany().HasForeignKey(x => x.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.PushAbonnement).WithMany().HasForeignKey(x => x.PushAbonnementId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeldingVoorkeurConfiguration : IEntityTypeConfiguration<MeldingVoorkeur>
{
    public void Configure(EntityTypeBuilder<MeldingVoorkeur> b)
    {
        b.HasIndex(x => new { x.MedewerkerId, x.Soort }).IsUnique();
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeldingInstellingenConfiguration : IEntityTypeConfiguration<MeldingInstellingen>
{
    public void Configure(EntityTypeBuilder<MeldingInstellingen> b)
    {
        b.HasKey(x => x.MedewerkerId);
        b.Property(x => x.EmailFout).HasMaxLength(500);
        b.HasOne<Medewerker>().WithOne().HasForeignKey<MeldingInstellingen>(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PushAbonnementConfiguration : IEntityTypeConfiguration<PushAbonnement>
{
    public void Configure(EntityTypeBuilder<PushAbonnement> b)
    {
        b.Property(x => x.Endpoint).HasMaxLength(1000);
        b.Property(x => x.P256dh).HasMaxLength(100);
        b.Property(x => x.Auth).HasMaxLength(50);
        b.Property(x => x.Apparaat).HasMaxLength(100);
        b.HasIndex(x => x.Endpoint).IsUnique();
        b.HasIndex(x => x.MedewerkerId);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
