using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Reads every plan, state and Medicare rule and builds the immutable snapshot from them: the engine's catalog, the
/// plan search and the public table's rows, all from the one read, so they never disagree.
/// </summary>
public static class CatalogLoader
{
    public static async Task<long> ReadRevisionAsync(CoverageDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT revision AS \"Value\" FROM catalog_revision WHERE id = 1")
            .SingleAsync(cancellationToken);

    public static async Task<CatalogSnapshot> LoadAsync(CoverageDbContext db, long revision, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Insurer).Include(p => p.Rules)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var states = await db.MedicaidStatePrograms.AsNoTracking().Include(s => s.Rules).ToListAsync(cancellationToken);
        var medicare = await db.Rules.AsNoTracking().Where(r => r.OwnerKind == RuleOwnerKind.Medicare)
            .ToListAsync(cancellationToken);

        var catalog = new CoverageCatalog(
            plans.Select(p => new PlanEntry(
                p.Code, p.Insurer.Name, p.Name, p.PlanType, p.States, p.NetworkType, Rules(p.Rules))),
            states.Select(s => new MedicaidEntry(
                s.StateCode, s.Program ?? $"{s.StateName} Medicaid", s.CoverageForm, s.Populations, s.Note,
                Rules(s.Rules), s.Source, s.LastVerified)),
            medicare.Count == 0 ? null : new MedicareEntry(Rules(medicare)));
        MedicaidStateRow[] rows =
        [
            .. states.OrderBy(s => s.StateName, StringComparer.Ordinal).Select(s => new MedicaidStateRow(
                s.StateCode, s.StateName, s.Program, s.Populations, s.Note, s.Source, s.LastVerified)),
        ];
        return new CatalogSnapshot(revision, catalog, new PlanIndex(catalog.Plans), rows);
    }

    private static CoverageRule[] Rules(IEnumerable<RuleVersion> versions) =>
        [.. versions.OrderBy(v => v.EffectiveFrom).Select(v => v.ToRule())];
}
