using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class ClinicSettingsConfiguration : IEntityTypeConfiguration<ClinicSettings>
{
    public void Configure(EntityTypeBuilder<ClinicSettings> builder)
    {
        // One row: the clinic's own details.
        builder.ToTable("clinic_settings", t => t.HasCheckConstraint("ck_clinic_settings_single", $"\"Id\" = {ClinicSettings.SingleId}"));
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ProviderName).HasMaxLength(200);
        builder.Property(x => x.Npi).HasColumnType("char(10)");
        builder.Property(x => x.Tin).HasColumnType("char(10)");
        builder.Property(x => x.AddressLine1).HasMaxLength(200);
        builder.Property(x => x.AddressLine2).HasMaxLength(200);
        builder.Property(x => x.City).HasMaxLength(100);
        builder.Property(x => x.State).HasColumnType("char(2)");
        builder.Property(x => x.PostalCode).HasMaxLength(10);
        builder.Property(x => x.Phone).HasMaxLength(20);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
    }
}
