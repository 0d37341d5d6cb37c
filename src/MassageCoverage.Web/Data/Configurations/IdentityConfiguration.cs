using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Data.Configurations;

/// <summary>Identity's tables under explicit names, beside the rest of the schema.</summary>
internal static class IdentityConfiguration
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<AppUser>(u =>
        {
            u.ToTable("users");
            u.Property(x => x.TimeZone).HasMaxLength(64);
            u.Property(x => x.Language).HasMaxLength(2);
            u.Property(x => x.CalendarFeedHash).HasMaxLength(64);
            u.HasIndex(x => x.CalendarFeedHash).IsUnique();
            u.Property(x => x.Number).UseIdentityByDefaultColumn();
            u.HasIndex(x => x.Number).IsUnique();
        });
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
