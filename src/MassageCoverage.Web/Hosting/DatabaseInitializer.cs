using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Data.Seed;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Hosting;

/// <summary>
/// Applies pending migrations, then adds reference data that is missing. It never overwrites a row, so what staff
/// and admins changed survives every later run.
/// </summary>
public sealed partial class DatabaseInitializer(
    CoverageDbContext db, AccountSeeder accounts, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var existing = await db.MedicaidStatePrograms.Select(s => s.StateCode).ToListAsync(cancellationToken);
        var missingStates = MedicaidSeed.Rows(now).Where(r => !existing.Contains(r.StateCode)).ToList();
        db.MedicaidStatePrograms.AddRange(missingStates);

        if (!await db.Rules.AnyAsync(r => r.OwnerKind == RuleOwnerKind.Medicare, cancellationToken))
        {
            db.Rules.Add(CoverageSeed.OriginalMedicare(now));
        }

        // Colorado's rule comes with its state row, once: an admin who later removes it is not overruled.
        if (missingStates.Any(s => s.StateCode == "CO"))
        {
            db.Rules.Add(CoverageSeed.ColoradoWaiver(now));
        }

        var planCodes = await db.Plans.Select(p => p.Code).ToListAsync(cancellationToken);
        var insurers = await db.Insurers.ToDictionaryAsync(i => i.Name, cancellationToken);
        var addedPlans = 0;
        foreach (var (insurerName, plan) in CoverageSeed.DemoPlans(now).Where(p => !planCodes.Contains(p.Plan.Code)))
        {
            if (!insurers.TryGetValue(insurerName, out var insurer))
            {
                insurer = new Insurer { Name = insurerName };
                insurers[insurerName] = insurer;
                db.Insurers.Add(insurer);
            }

            plan.Insurer = insurer;
            db.Plans.Add(plan);
            addedPlans++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await accounts.EnsureRolesAsync();
        LogInitialized(missingStates.Count, addedPlans);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Database migrated; seeded {States} Medicaid jurisdictions and {Plans} demo plans")]
    private partial void LogInitialized(int states, int plans);
}
