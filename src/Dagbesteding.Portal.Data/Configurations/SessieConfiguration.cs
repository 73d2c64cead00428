using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dagbesteding.Portal.Data.Configurations;

internal sealed class SessieConfiguration : IEntityTypeConfiguration<PortalSessie>
{
    public void Configure(EntityTypeBuilder<PortalSessie> b)
    {
        b.ToTable("Sessies");
        b.Property(x => x.EindReden).HasMaxLength(20);
        b.HasIndex(x => x.GebruikerId);
        b.HasOne(x => x.Gebruiker).WithMany().HasForeignKey(x => x.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }
}
