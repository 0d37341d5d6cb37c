using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class RuleVersionConfiguration : IEntityTypeConfiguration<RuleVersion>
{
    public void Configure(EntityTypeBuilder<RuleVersion> builder)
    {
        builder.ToTable("coverage_rules", t =>
        {
            t.HasCheckConstraint("ck_coverage_rules_owner",
                "(\"OwnerKind\" = 'Plan' AND \"PlanId\" IS NOT NULL AND \"StateCode\" IS NULL) OR "
                + "(\"OwnerKind\" = 'Medicaid' AND \"StateCode\" IS NOT NULL AND \"PlanId\" IS NULL) OR "
                + "(\"OwnerKind\" = 'Medicare' AND \"PlanId\" IS NULL AND \"StateCode\" IS NULL)");
            t.HasCheckConstraint("ck_coverage_rules_dates", "\"EffectiveTo\" IS NULL OR \"EffectiveTo\" >= \"EffectiveFrom\"");
        });
        builder.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.StateCode).HasMaxLength(2).IsFixedLength();
        builder.PrimitiveCollection(x => x.AllowedProviderTypes).ElementType(e => e.HasConversion<string>());
        builder.Property(x => x.Copay).HasPrecision(10, 2);
        builder.Property(x => x.CoinsurancePercent).HasPrecision(5, 2);
        builder.Property(x => x.Source).HasMaxLength(500);
        builder.Property(x => x.Notes).HasMaxLength(2000);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasIndex(x => new { x.OwnerKind, x.PlanId, x.StateCode, x.EffectiveFrom });
        builder.HasOne(x => x.MedicaidProgram).WithMany(x => x.Rules).HasForeignKey(x => x.StateCode).OnDelete(DeleteBehavior.Cascade);
    }
}
