using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        // HiLo gives the id when the row is added, so its audit entry is saved in the same SaveChanges.
        builder.Property(x => x.Id).UseHiLo("referral_hilo");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.OwnerId);
        builder.Property(x => x.PrescriberName).HasMaxLength(200);
        builder.Property(x => x.PrescriberNpi).HasColumnType("char(10)");
        builder.Property(x => x.DiagnosisCodes).HasColumnType("text[]");
        builder.Property(x => x.BodyAreas).HasMaxLength(500);
        builder.Property(x => x.FrequencyAndDuration).HasMaxLength(200);
        builder.Property(x => x.Version).IsRowVersion();
    }
}
