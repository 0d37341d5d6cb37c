using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Every transaction that writes the catalog (plans, insurers, rules, states) takes the <c>catalog_revision</c> row
/// first. Its triggers update that row at the end of each statement anyway, so writers already queue on it; taking
/// it before any other row gives every writer the same lock order, and two of them can never deadlock (say, an
/// import that updates a state after its first statement, and an admin saving that state's criteria).
/// </summary>
public static class CatalogLock
{
    public static async Task TakeAsync(CoverageDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The catalog lock lasts until the transaction ends: begin one first.");
        }

        await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM catalog_revision WHERE id = 1 FOR UPDATE").ToListAsync(cancellationToken);
    }
}
