using MassageCoverage.Web.Data.Configurations;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Data;

/// <summary>
/// The application's database. Add a migration from the repository root with:
/// <c>dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --project src/MassageCoverage.Web --output-dir Data/Migrations</c>
/// </summary>
public class CoverageDbContext(DbContextOptions<CoverageDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core's data-protection keys: every instance of the app shares them, and so its sign-ins.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<MedicaidStateProgram> MedicaidStatePrograms => Set<MedicaidStateProgram>();
    public DbSet<Insurer> Insurers => Set<Insurer>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<RuleVersion> Rules => Set<RuleVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<InsurerCall> InsurerCalls => Set<InsurerCall>();
    public DbSet<CallPromise> CallPromises => Set<CallPromise>();
    public DbSet<SavedCheck> SavedChecks => Set<SavedCheck>();
    public DbSet<DiscrepancyReport> DiscrepancyReports => Set<DiscrepancyReport>();
    public DbSet<OutboundMessage> OutboundMessages => Set<OutboundMessage>();
    public DbSet<Denial> Denials => Set<Denial>();
    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();
    public DbSet<ClinicPrice> ClinicPrices => Set<ClinicPrice>();
    public DbSet<ClinicSettings> ClinicSettings => Set<ClinicSettings>();
    public DbSet<ImportPreview> ImportPreviews => Set<ImportPreview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityConfiguration.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CoverageDbContext).Assembly);
    }
}
