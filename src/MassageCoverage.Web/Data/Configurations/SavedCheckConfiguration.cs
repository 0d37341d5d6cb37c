using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class SavedCheckConfiguration : IEntityTypeConfiguration<SavedCheck>
{
    public void Configure(EntityTypeBuilder<SavedCheck> builder)
    {
        builder.ToTable("saved_checks");
        // Deleting an account deletes its saved checks in the same statement: nothing of the patient stays behind.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Answers).HasColumnType("jsonb");
        builder.Property(x => x.Decision).HasMaxLength(20);
        builder.Property(x => x.Snapshot).HasColumnType("jsonb");
        builder.Property(x => x.Label).HasMaxLength(SavedCheck.LabelMaxLength);
        builder.HasIndex(x => new { x.OwnerId, x.SavedAt });
    }
}
