using Dagbesteding.Portal.Domain.Netwerk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dagbesteding.Portal.Data.Configurations;

internal sealed class KanaalConfiguration : IEntityTypeConfiguration<Kanaal>
{
    public void Configure(EntityTypeBuilder<Kanaal> b)
    {
        b.Property(x => x.Naam).HasMaxLength(200);
        b.HasIndex(x => x.StadsdeelId).IsUnique();
        b.HasOne(x => x.Stadsdeel).WithMany().HasForeignKey(x => x.StadsdeelId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> b)
    {
        b.Property(x => x.AfmeldReden).HasMaxLength(500);
        b.HasIndex(x => new { x.MedewerkerId, x.KanaalId, x.AfgemeldOp });
        // "Not twice": at most one active membership per person and channel, also when two managers add at once.
        // The quoted filter is valid SQL on both SQLite and PostgreSQL.
        b.HasIndex(x => new { x.KanaalId, x.MedewerkerId }).IsUnique().HasFilter("\"AfgemeldOp\" IS NULL")
            .HasDatabaseName("IX_Lidmaatschappen_EenActiefPerKanaal");
        b.HasOne(x => x.Kanaal).WithMany(k => k.Lidmaatschappen).HasForeignKey(x => x.KanaalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsActief);
    }
}

internal sealed class AdviesvraagConfiguration : IEntityTypeConfiguration<Adviesvraag>
{
    public void Configure(EntityTypeBuilder<Adviesvraag> b)
    {
        b.Property(x => x.Vraag).HasMaxLength(2000);
        b.Property(x => x.WensAmsterdammer).HasMaxLength(500);
        b.Property(x => x.BesluitToelichting).HasMaxLength(1000);
        b.HasOne(x => x.BesluitDoor).WithMany().HasForeignKey(x => x.BesluitDoorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KanaalId, x.GeplaatstOp });
        // The deadline sweep looks for open requests by their stored moments.
        b.HasIndex(x => new { x.Status, x.WaarschuwingOp });
        b.HasIndex(x => new { x.Status, x.Deadline });
        b.HasOne(x => x.Kanaal).WithMany().HasForeignKey(x => x.KanaalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Auteur).WithMany().HasForeignKey(x => x.AuteurId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Doelgroepen).WithMany().UsingEntity("AdviesvraagDoelgroep");
        b.HasOne(x => x.Locatie).WithMany().HasForeignKey(x => x.LocatieId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.GerichtAanOrganisatie).WithMany().HasForeignKey(x => x.GerichtAanOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Reactie>().WithMany().HasForeignKey(x => x.GekozenReactieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CasuistiekoverlegConfiguration : IEntityTypeConfiguration<Casuistiekoverleg>
{
    public void Configure(EntityTypeBuilder<Casuistiekoverleg> b)
    {
        b.ToTable("Overleggen");
        b.Property(x => x.Plaats).HasMaxLength(Overlegregels.PlaatsMaximaal);
        b.HasIndex(x => new { x.KanaalId, x.Datum });
        b.HasOne(x => x.Kanaal).WithMany().HasForeignKey(x => x.KanaalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.AangemaaktDoor).WithMany().HasForeignKey(x => x.AangemaaktDoorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OverlegPuntConfiguration : IEntityTypeConfiguration<OverlegPunt>
{
    public void Configure(EntityTypeBuilder<OverlegPunt> b)
    {
        b.ToTable("OverlegPunten", t => t.HasCheckConstraint("CK_OverlegPunten_PreciesEen",
            "(\"AdviesvraagId\" IS NULL) <> (\"CasusId\" IS NULL)"));
        b.Property(x => x.Toelichting).HasMaxLength(Overlegregels.ToelichtingMaximaal);
        b.Property(x => x.Uitkomst).HasMaxLength(Overlegregels.UitkomstMaximaal);
        // One subject once per meeting, also when two members add it at the same moment.
        b.HasIndex(x => new { x.OverlegId, x.AdviesvraagId }).IsUnique().HasFilter("\"AdviesvraagId\" IS NOT NULL");
        b.HasIndex(x => new { x.OverlegId, x.CasusId }).IsUnique().HasFilter("\"CasusId\" IS NOT NULL");
        b.HasIndex(x => x.AdviesvraagId);
        b.HasIndex(x => x.CasusId);
        b.HasOne(x => x.Overleg).WithMany(o => o.Punten).HasForeignKey(x => x.OverlegId).OnDelete(DeleteBehavior.Cascade);
        // The retention job deletes old adviesvragen: their items go with them (the outcome was about that question).
        b.HasOne(x => x.Adviesvraag).WithMany().HasForeignKey(x => x.AdviesvraagId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Casus).WithMany().HasForeignKey(x => x.CasusId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ToegevoegdDoor).WithMany().HasForeignKey(x => x.ToegevoegdDoorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.UitkomstDoor).WithMany().HasForeignKey(x => x.UitkomstDoorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReactieConfiguration : IEntityTypeConfiguration<Reactie>
{
    public void Configure(EntityTypeBuilder<Reactie> b)
    {
        b.Property(x => x.Tekst).HasMaxLength(2000);
        b.HasIndex(x => new { x.AdviesvraagId, x.GeplaatstOp });
        b.HasOne(x => x.Adviesvraag).WithMany(a => a.Reacties).HasForeignKey(x => x.AdviesvraagId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Auteur).WithMany().HasForeignKey(x => x.AuteurId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AanbodOrganisatie).WithMany().HasForeignKey(x => x.AanbodOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AuteurOrganisatie).WithMany().HasForeignKey(x => x.AuteurOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AanbodLocatie).WithMany().HasForeignKey(x => x.AanbodLocatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeesbevestigingConfiguration : IEntityTypeConfiguration<Leesbevestiging>
{
    public void Configure(EntityTypeBuilder<Leesbevestiging> b)
    {
        b.HasKey(x => new { x.MedewerkerId, x.AdviesvraagId });
        b.HasOne(x => x.Medewerker).WithMany().HasForeignKey(x => x.MedewerkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Adviesvraag).WithMany().HasForeignKey(x => x.AdviesvraagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SluitingsdagConfiguration : IEntityTypeConfiguration<Sluitingsdag>
{
    public void Configure(EntityTypeBuilder<Sluitingsdag> b)
    {
        b.Property(x => x.Omschrijving).HasMaxLength(200);
        b.HasIndex(x => new { x.GemeenteId, x.Datum }).IsUnique();
        b.HasOne<Domain.Organisaties.Gemeente>().WithMany().HasForeignKey(x => x.GemeenteId).OnDelete(DeleteBehavior.Cascade);
    }
}
