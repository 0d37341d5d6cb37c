using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class ClinicPriceConfiguration : IEntityTypeConfiguration<ClinicPrice>
{
    public void Configure(EntityTypeBuilder<ClinicPrice> builder)
    {
        builder.ToTable("clinic_prices", t =>
        {
            t.HasCheckConstraint("ck_clinic_prices_amount", "\"Amount\" > 0");
            t.HasCheckConstraint("ck_clinic_prices_minutes", "\"Minutes\" IS NULL OR \"Minutes\" BETWEEN 8 AND 480");
        });
        // HiLo gives the id when the row is added, so its audit entry is saved in the same SaveChanges.
        builder.Property(x => x.Id).UseHiLo("clinic_price_hilo");
        builder.Property(x => x.CptCode).HasMaxLength(5);
        builder.Property(x => x.Amount).HasPrecision(10, 2);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsRowVersion();
        // One price per code and length; an untimed code's one price has no minutes, and NULLS NOT DISTINCT keeps it one.
        builder.HasIndex(x => new { x.CptCode, x.Minutes }).IsUnique().AreNullsDistinct(false);
    }
}
