using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class DiscrepancyReportConfiguration : IEntityTypeConfiguration<DiscrepancyReport>
{
    public void Configure(EntityTypeBuilder<DiscrepancyReport> builder)
    {
        builder.ToTable("discrepancy_reports", t =>
        {
            t.HasCheckConstraint("ck_discrepancy_reports_owner", OwnerCheck);
            t.HasCheckConstraint("ck_discrepancy_reports_resolved",
                "(\"Status\" = 'Open' AND \"ResolvedBy\" IS NULL AND \"ResolvedAt\" IS NULL AND \"Outcome\" IS NULL AND \"ResolutionNote\" IS NULL) OR "
                + "(\"Status\" = 'Resolved' AND \"ResolvedBy\" IS NOT NULL AND \"ResolvedAt\" IS NOT NULL AND \"Outcome\" IS NOT NULL)");
        });
        builder.Ignore(x => x.Owner);
        builder.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.PlanCode).HasMaxLength(RuleOwnerRef.PlanCodeMaxLength);
        builder.Property(x => x.StateCode).HasMaxLength(2).IsFixedLength();
        builder.Property(x => x.Field).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.CallValue).HasMaxLength(DiscrepancyReport.ValueMaxLength);
        builder.Property(x => x.RuleValue).HasMaxLength(DiscrepancyReport.ValueMaxLength);
        builder.Property(x => x.ReferenceNumber).HasMaxLength(DiscrepancyReport.ReferenceMaxLength);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.ResolvedBy).HasMaxLength(450);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ResolutionNote).HasMaxLength(DiscrepancyReport.NoteMaxLength);
        builder.Property(x => x.Version).IsRowVersion();
        // One report per contradiction of one call: sending it again finds this index and adds nothing.
        builder.HasIndex(x => new
        {
            x.OwnerKind, x.PlanCode, x.StateCode, x.Field, x.CallValue, x.RuleValue, x.RuleVersionId, x.CallDate, x.ReferenceNumber,
        }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_discrepancy_reports_same");
        builder.HasIndex(x => new { x.Status, x.SentAt });
    }

    private const string OwnerCheck =
        "(\"OwnerKind\" = 'Plan' AND \"PlanCode\" IS NOT NULL AND \"StateCode\" IS NULL) OR "
        + "(\"OwnerKind\" = 'Medicaid' AND \"StateCode\" IS NOT NULL AND \"PlanCode\" IS NULL) OR "
        + "(\"OwnerKind\" = 'Medicare' AND \"PlanCode\" IS NULL AND \"StateCode\" IS NULL)";
}
