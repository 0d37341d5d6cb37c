using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class DenialConfiguration : IEntityTypeConfiguration<Denial>
{
    public void Configure(EntityTypeBuilder<Denial> builder)
    {
        builder.ToTable("denials");
        // HiLo gives the id when the row is added, so its audit entry is saved in the same SaveChanges.
        builder.Property(x => x.Id).UseHiLo("denial_hilo");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.OwnerId);
        builder.Property(x => x.Insurer).HasMaxLength(200);
        builder.Property(x => x.PlanName).HasMaxLength(200);
        builder.Property(x => x.MemberId).HasMaxLength(64);
        builder.Property(x => x.Route).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.ClaimReference).HasMaxLength(100);
        builder.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.InOwnWords).HasMaxLength(Denial.OwnWordsMaxLength);
        builder.Property(x => x.ServiceCode).HasMaxLength(5);
        builder.Property(x => x.ServiceDates).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Letter).HasMaxLength(Denial.LetterMaxLength);
        builder.Property(x => x.LetterLanguage).HasMaxLength(2);
        // The referral or check an appeal cites may be deleted; the denial stays and cites nothing.
        builder.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<SavedCheck>().WithMany().HasForeignKey(x => x.SavedCheckId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(x => x.Version).IsRowVersion();
    }
}
