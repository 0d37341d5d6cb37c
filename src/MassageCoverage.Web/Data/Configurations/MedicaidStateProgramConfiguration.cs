using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class MedicaidStateProgramConfiguration : IEntityTypeConfiguration<MedicaidStateProgram>
{
    public void Configure(EntityTypeBuilder<MedicaidStateProgram> builder)
    {
        builder.ToTable("medicaid_state_programs");
        builder.HasKey(x => x.StateCode);
        builder.Property(x => x.StateCode).HasMaxLength(2).IsFixedLength();
        builder.Property(x => x.StateName).HasMaxLength(40);
        builder.Property(x => x.Program).HasMaxLength(200);
        builder.Property(x => x.CoverageForm).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Populations).HasMaxLength(1000);
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.Property(x => x.Source).HasMaxLength(500);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
    }
}
