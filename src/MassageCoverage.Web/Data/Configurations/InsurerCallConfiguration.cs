using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class InsurerCallConfiguration : IEntityTypeConfiguration<InsurerCall>
{
    public void Configure(EntityTypeBuilder<InsurerCall> builder)
    {
        builder.ToTable("insurer_calls", t => t.HasCheckConstraint("ck_insurer_calls_about",
            "(\"AboutKind\" IS NULL AND \"AboutPlanCode\" IS NULL AND \"AboutStateCode\" IS NULL) OR "
            + "(\"AboutKind\" = 'Plan' AND \"AboutPlanCode\" IS NOT NULL AND \"AboutStateCode\" IS NULL) OR "
            + "(\"AboutKind\" = 'Medicaid' AND \"AboutStateCode\" IS NOT NULL AND \"AboutPlanCode\" IS NULL) OR "
            + "(\"AboutKind\" = 'Medicare' AND \"AboutPlanCode\" IS NULL AND \"AboutStateCode\" IS NULL)"));
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
        builder.Ignore(x => x.About);
        builder.Property(x => x.AboutKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.AboutPlanCode).HasMaxLength(RuleOwnerRef.PlanCodeMaxLength);
        builder.Property(x => x.AboutStateCode).HasMaxLength(2).IsFixedLength();
        // What the representative said is one shape in the engine's terms (RepresentativeSaid): four nullable columns.
        builder.ComplexProperty(x => x.Said, said =>
        {
            said.Property(x => x.Covered).HasColumnName("SaidCovered");
            said.Property(x => x.VisitsPerYear).HasColumnName("SaidVisitsPerYear");
            said.Property(x => x.ReferralNeeded).HasColumnName("SaidReferralNeeded");
            said.Property(x => x.PriorAuthorizationNeeded).HasColumnName("SaidPriorAuthorizationNeeded");
        });
        builder.Property(x => x.Version).IsRowVersion();
        builder.HasMany(x => x.Promises).WithOne(x => x.Call).HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
