using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Meldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dagbesteding.Portal.Data.Configurations;

internal sealed class CasusConfiguration : IEntityTypeConfiguration<Casus>
{
    public void Configure(EntityTypeBuilder<Casus> b)
    {
        b.Property(x => x.Kenmerk).HasMaxLength(50);
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.HasIndex(x => new { x.StadsdeelId, x.Kenmerk }).IsUnique();
        // The board reads a stadsdeel by step.
        b.HasIndex(x => new { x.StadsdeelId, x.Stap });
        b.HasOne(x => x.Stadsdeel).WithMany().HasForeignKey(x => x.StadsdeelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Regievoerder).WithMany().HasForeignKey(x => x.RegievoerderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Aanbieder).WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AangemaaktDoorOrganisatie).WithMany().HasForeignKey(x => x.AangemaaktDoorOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.BronAdviesvraag).WithMany().HasForeignKey(x => x.BronAdviesvraagId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Ondersteuningsplan).WithOne(p => p.Casus).HasForeignKey<Ondersteuningsplan>(p => p.CasusId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OndersteuningsplanConfiguration : IEntityTypeConfiguration<Ondersteuningsplan>
{
    public void Configure(EntityTypeBuilder<Ondersteuningsplan> b)
    {
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.HasIndex(x => x.CasusId).IsUnique();
        b.HasIndex(x => x.Evaluatiedatum);
        b.HasOne(x => x.Aanbieder).WithMany().HasForeignKey(x => x.AanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Locatie).WithMany().HasForeignKey(x => x.LocatieId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.HeeftToestemming);
    }
}

internal sealed class CasusGebeurtenisConfiguration : IEntityTypeConfiguration<CasusGebeurtenis>
{
    public void Configure(EntityTypeBuilder<CasusGebeurtenis> b)
    {
        b.Property(x => x.Omschrijving).HasMaxLength(500);
        b.HasIndex(x => new { x.CasusId, x.Op });
        b.HasOne(x => x.Casus).WithMany(c => c.Gebeurtenissen).HasForeignKey(x => x.CasusId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CasusStapWisselConfiguration : IEntityTypeConfiguration<CasusStapWissel>
{
    public void Configure(EntityTypeBuilder<CasusStapWissel> b)
    {
        // The dashboard counts the flow of a stadsdeel per month.
        b.HasIndex(x => new { x.StadsdeelId, x.Op });
        b.HasIndex(x => x.CasusId);
        b.HasOne(x => x.Casus).WithMany(c => c.StapWissels).HasForeignKey(x => x.CasusId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Stadsdeel).WithMany().HasForeignKey(x => x.StadsdeelId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignaalConfiguration : IEntityTypeConfiguration<Signaal>
{
    public void Configure(EntityTypeBuilder<Signaal> b)
    {
        b.Property(x => x.Toelichting).HasMaxLength(1000);
        b.HasOne(x => x.Casus).WithMany(c => c.Signalen).HasForeignKey(x => x.CasusId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.DoorMedewerker).WithMany().HasForeignKey(x => x.DoorMedewerkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluatieConfiguration : IEntityTypeConfiguration<Evaluatie>
{
    public void Configure(EntityTypeBuilder<Evaluatie> b)
    {
        b.Property(x => x.Versie).IsConcurrencyToken();
        b.Property(x => x.WatWerkte).HasMaxLength(Evaluatie.TekstMaxLengte);
        b.Property(x => x.Advies).HasMaxLength(Evaluatie.TekstMaxLengte);
        b.Property(x => x.JobId).HasMaxLength(100);
        // At most one evaluation per plan that is not afgerond: opening, planning and the reconcile job all key on it,
        // so two nodes cannot plan or open a second one. The filter reads the same on SQLite and PostgreSQL.
        b.HasIndex(x => x.OndersteuningsplanId).IsUnique().HasFilter("\"AfgerondOp\" IS NULL")
            .HasDatabaseName("IX_Evaluaties_OndersteuningsplanId_Lopend");
        // Every evaluation of a plan (also the afgerond ones: dashboard, case page). The filtered index above cannot serve
        // those joins; without this one SQLite scanned every evaluation per plan (2.6 s for a year of West).
        b.HasIndex(x => x.OndersteuningsplanId, "IX_Evaluaties_OndersteuningsplanId");
        // The reconcile job finds planned evaluations by their start date; Mijn evaluaties the open ones.
        b.HasIndex(x => new { x.GeopendOp, x.StartOp });
        b.HasIndex(x => new { x.AfgerondOp, x.Evaluatiedatum });
        b.HasOne(x => x.Ondersteuningsplan).WithMany(p => p.Evaluaties).HasForeignKey(x => x.OndersteuningsplanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaKoppelingConfiguration : IEntityTypeConfiguration<AgendaKoppeling>
{
    public void Configure(EntityTypeBuilder<AgendaKoppeling> b)
    {
        b.Property(x => x.SleutelHash).HasMaxLength(64);
        b.HasIndex(x => x.SleutelHash).IsUnique();
        b.HasIndex(x => x.MedewerkerId);
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> b)
    {
        b.Property(x => x.GebruikerId).HasMaxLength(450);
        b.Property(x => x.ObjectSoort).HasMaxLength(50);
        b.Property(x => x.Toelichting).HasMaxLength(500);
        b.Property(x => x.Rollen).HasMaxLength(200);
        b.Property(x => x.IpAdres).HasMaxLength(45);
        b.Property(x => x.Client).HasMaxLength(300);
        b.Property(x => x.SessieId).HasMaxLength(100);
        b.Property(x => x.Taak).HasMaxLength(100);
        b.Property(x => x.Resultaat).HasDefaultValue(Domain.Audit.AuditResultaat.Gelukt).HasSentinel(0);
        // The Beheerder's searches: by object, by person, by period.
        b.HasIndex(x => new { x.ObjectSoort, x.ObjectId, x.Op });
        b.HasIndex(x => new { x.MedewerkerId, x.Op });
        b.HasIndex(x => x.Op);
    }
}

internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> b)
    {
        b.Property(x => x.Tekst).HasMaxLength(500);
        b.Property(x => x.Samenvatting).HasMaxLength(200);
        b.Property(x => x.Link).HasMaxLength(300);
        b.HasIndex(x => new { x.MedewerkerId, x.GelezenOp });
        // The delivery job's outbox: what still has to be planned.
        b.HasIndex(x => x.VerdeeldOp);
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
