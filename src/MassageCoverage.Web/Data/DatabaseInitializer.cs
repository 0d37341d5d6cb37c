using MassageCoverage.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Data;

/// <summary>Applies pending migrations, then adds reference data that is missing. It never overwrites a row.</summary>
public sealed partial class DatabaseInitializer(
    CoverageDbContext db, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);

        var existing = await db.MedicaidStatePrograms.Select(s => s.StateCode).ToListAsync(cancellationToken);
        var missing = MedicaidSeed.Rows(clock.GetUtcNow()).Where(r => !existing.Contains(r.StateCode)).ToList();
        db.MedicaidStatePrograms.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);

        LogInitialized(missing.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated; {Added} Medicaid jurisdictions seeded")]
    private partial void LogInitialized(int added);
}
