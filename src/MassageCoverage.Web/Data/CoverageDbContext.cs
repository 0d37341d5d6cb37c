using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Data;

/// <summary>
/// The application's database. Add a migration from the repository root with:
/// <c>dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --project src/MassageCoverage.Web --output-dir Data/Migrations</c>
/// </summary>
public class CoverageDbContext(DbContextOptions<CoverageDbContext> options) : DbContext(options)
{
    public DbSet<MedicaidStateProgram> MedicaidStatePrograms => Set<MedicaidStateProgram>();
    public DbSet<Insurer> Insurers => Set<Insurer>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<RuleVersion> Rules => Set<RuleVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoverageDbContext).Assembly);
}
