using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageCoverage.Web.Data.Configurations;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("outbound_messages");
        builder.Property(x => x.To).HasMaxLength(256);
        builder.Property(x => x.Subject).HasMaxLength(200);
        builder.Property(x => x.MessageId).HasMaxLength(200);
        builder.Property(x => x.LastError).HasMaxLength(200);
        builder.HasIndex(x => x.MessageId).IsUnique();
        // The worker's question, every second on every instance: what is due and not yet sent.
        builder.HasIndex(x => x.NextAttemptAt).HasFilter("\"SentAt\" IS NULL AND \"FailedAt\" IS NULL");
    }
}
