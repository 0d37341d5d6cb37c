using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans", t => t.HasCheckConstraint("ck_plans_type", "\"PlanType\" IN ('Private', 'MedicareAdvantage')"));
        builder.Property(x => x.Code).HasMaxLength(80);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.PlanType).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.NetworkType).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasOne(x => x.Insurer).WithMany(x => x.Plans).HasForeignKey(x => x.InsurerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Rules).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
