using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class CallPromiseConfiguration : IEntityTypeConfiguration<CallPromise>
{
    public void Configure(EntityTypeBuilder<CallPromise> builder)
    {
        builder.ToTable("call_promises");
        // HiLo gives the id when the row is added, so its audit entry is saved in the same SaveChanges.
        builder.Property(x => x.Id).UseHiLo("call_promise_hilo");
        builder.Property(x => x.What).HasMaxLength(500);
        builder.HasIndex(x => x.CallId);
    }
}
