using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.EntityType).HasMaxLength(50);
        builder.Property(x => x.EntityId).HasMaxLength(100);
        builder.Property(x => x.Action).HasMaxLength(20);
        builder.Property(x => x.Before).HasColumnType("jsonb");
        builder.Property(x => x.After).HasColumnType("jsonb");
        builder.HasIndex(x => x.At);
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
        // A state's history finds its rules' entries by the owner inside the snapshots (@> containment).
        builder.HasIndex(x => x.Before).HasMethod("gin").HasOperators("jsonb_path_ops");
        builder.HasIndex(x => x.After).HasMethod("gin").HasOperators("jsonb_path_ops");
    }
}
