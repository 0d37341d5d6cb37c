using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class InsurerCallConfiguration : IEntityTypeConfiguration<InsurerCall>
{
    public void Configure(EntityTypeBuilder<InsurerCall> builder)
    {
        builder.ToTable("insurer_calls");
        // HiLo gives the id when the row is added, so its audit entry is saved in the same SaveChanges.
        builder.Property(x => x.Id).UseHiLo("insurer_call_hilo");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.OwnerId);
        builder.Property(x => x.Insurer).HasMaxLength(200);
        builder.Property(x => x.NumberDialled).HasMaxLength(30);
        builder.Property(x => x.Representative).HasMaxLength(200);
        builder.Property(x => x.ReferenceNumber).HasMaxLength(100);
        builder.Property(x => x.QuestionsAsked).HasMaxLength(4000);
        builder.Property(x => x.Answers).HasMaxLength(4000);
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasMany(x => x.Promises).WithOne(x => x.Call).HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
