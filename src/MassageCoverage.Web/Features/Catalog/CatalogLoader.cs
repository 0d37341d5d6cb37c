using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>Reads every plan, state and Medicare rule and builds the engine's immutable snapshot from them.</summary>
public static class CatalogLoader
{
    public static async Task<long> ReadRevisionAsync(CoverageDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT revision AS \"Value\" FROM catalog_revision WHERE id = 1")
            .SingleAsync(cancellationToken);

    public static async Task<CoverageCatalog> LoadAsync(CoverageDbContext db, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Insurer).Include(p => p.Rules)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var states = await db.MedicaidStatePrograms.AsNoTracking().Include(s => s.Rules).ToListAsync(cancellationToken);
        var medicare = await db.Rules.AsNoTracking().Where(r => r.OwnerKind == RuleOwnerKind.Medicare)
            .ToListAsync(cancellationToken);

        return new CoverageCatalog(
            plans.Select(p => new PlanEntry(
                p.Code, p.Insurer.Name, p.Name, p.PlanType, p.States, p.NetworkType, Rules(p.Rules))),
            states.Select(s => new MedicaidEntry(
                s.StateCode, s.Program ?? $"{s.StateName} Medicaid", s.CoverageForm, s.Populations, s.Note,
                Rules(s.Rules), s.Source, s.LastVerified)),
            medicare.Count == 0 ? null : new MedicareEntry(Rules(medicare)));
    }

    private static CoverageRule[] Rules(IEnumerable<RuleVersion> versions) =>
        [.. versions.OrderBy(v => v.EffectiveFrom).Select(v => v.ToRule())];
}
