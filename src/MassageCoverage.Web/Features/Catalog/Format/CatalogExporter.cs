using System.Data;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Writes every plan with all its versions and every state's criteria, in a fixed order (plans by code, states by
/// code, versions by start), so that exporting an unchanged catalog twice gives the same bytes and importing the
/// export changes nothing. Original Medicare is not part of the format (see <see cref="CatalogDocument"/>).
/// </summary>
internal sealed partial class CatalogExporter(CoverageDbContext db, ILogger<CatalogExporter> logger)
{
    public async Task<string> ExportAsync(CancellationToken cancellationToken = default)
    {
        // One snapshot for both reads, so a concurrent import cannot land between them.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Insurer).Include(p => p.Rules).AsSplitQuery()
            .ToListAsync(cancellationToken);
        var states = await db.MedicaidStatePrograms.AsNoTracking().Include(s => s.Rules).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var document = new CatalogDocument
        {
            Plans = [.. plans.OrderBy(p => p.Code, StringComparer.Ordinal).Select(PlanMapping.ToDocument)],
            Medicaid = [.. states.OrderBy(s => s.StateCode, StringComparer.Ordinal).Select(MedicaidMapping.ToDocument)],
        };
        var json = CatalogJson.Write(document);
        var rules = plans.Sum(p => p.Rules.Count) + states.Sum(s => s.Rules.Count);
        LogExported(plans.Count, states.Count, rules);
        return json;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog exported: {Plans} plans, {States} states, {Rules} rule versions")]
    private partial void LogExported(int plans, int states, int rules);
}
