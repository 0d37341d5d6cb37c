using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        // One jsonb value through System.Text.Json rather than an EF complex type mapped with ToJson: the terms are
        // written by the same serializer as the audit and the format (camelCase names, enums as words), a new term
        // needs no mapping line here, and records with positional constructors (VisitPool) need no EF configuration.
        // The terms are immutable, so two values are equal exactly when they serialize alike.
        builder.Property(x => x.Terms).HasColumnType("jsonb").HasConversion(
            new ValueConverter<RuleTerms, string>(t => RuleTermsJson.Write(t), json => RuleTermsJson.Read(json)),
            new ValueComparer<RuleTerms>(
                (a, b) => RuleTermsJson.Write(a!) == RuleTermsJson.Write(b!),
                t => RuleTermsJson.Write(t).GetHashCode(StringComparison.Ordinal),
                t => RuleTermsJson.Read(RuleTermsJson.Write(t))));
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasIndex(x => new { x.OwnerKind, x.PlanId, x.StateCode, x.EffectiveFrom });
        builder.HasOne(x => x.MedicaidProgram).WithMany(x => x.Rules).HasForeignKey(x => x.StateCode).OnDelete(DeleteBehavior.Cascade);
    }
}
