using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// The one way a change reaches the catalog (plans, insurers, rules, states). It runs the change in a transaction
/// that holds the <see cref="CatalogLock"/> first, saves it, then its audit entries (once new rows have ids), and
/// commits both together; it answers a moved row version as <see cref="CatalogWrite{T}.Stale"/> and a refusing
/// constraint as <see cref="CatalogWrite{T}.Clash"/>, and refreshes this instance's snapshot after a commit. Anything
/// but a committed save rolls back and empties the unit of work, so nothing half-made is saved later by accident.
/// </summary>
public sealed class CatalogWriter(CoverageDbContext db, AuditTrail audit, CatalogProvider catalog)
{
    /// <param name="change">
    /// Reads under the lock and changes tracked entities (it may save in between when one statement must land before
    /// the next, or write in bulk on the unit of work's connection, which is in the transaction); it answers <see cref="CatalogWrite.Save{T}"/> or <see cref="CatalogWrite.Refuse{T}"/>.
    /// </param>
    public async Task<CatalogWrite<T>> WriteAsync<T>(
        Func<CatalogChange, CancellationToken, Task<CatalogWrite<T>>> change, CatalogWriteMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var written = new CatalogChange();
        CatalogWrite<T> result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await CatalogLock.TakeAsync(db, cancellationToken);
            try
            {
                result = await change(written, cancellationToken);
                if (result is CatalogWrite<T>.Saved)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    written.AddTo(audit);
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                result = new CatalogWrite<T>.Stale();
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException postgres && IsConstraint(postgres))
            {
                result = Clash<T>(postgres);
            }
            catch (PostgresException postgres) when (IsConstraint(postgres))
            {
                // A change that writes in bulk (an import's COPY) meets the constraint in its own statement, not in a save.
                result = Clash<T>(postgres);
            }

            if (result is not CatalogWrite<T>.Saved || mode == CatalogWriteMode.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await catalog.RefreshAfterChangeAsync(cancellationToken);
        return result;
    }

    private static CatalogWrite<T>.Clash Clash<T>(PostgresException postgres) =>
        new(new(postgres.ConstraintName, postgres.TableName, postgres.SqlState));

    /// <summary>SQLSTATE class 23, integrity constraint violation: what a concurrent writer can make a checked change meet.</summary>
    private static bool IsConstraint(PostgresException postgres) => postgres.SqlState.StartsWith("23", StringComparison.Ordinal);
}

/// <summary>
/// What one change gives the writer besides its tracked entities: its audit entries, written after the change is
/// saved so that an entry can name a row the save has just given an id.
/// </summary>
public sealed class CatalogChange
{
    private readonly List<(string Actor, string EntityType, Func<string> EntityId, string Action, string? Before, string? After)> _audit = [];

    public void Audit(string actor, string entityType, string entityId, string action, string? before, string? after) =>
        Audit(actor, entityType, () => entityId, action, before, after);

    /// <param name="entityId">Read once the change is saved.</param>
    public void Audit(string actor, string entityType, Func<string> entityId, string action, string? before, string? after) =>
        _audit.Add((actor, entityType, entityId, action, before, after));

    internal void AddTo(AuditTrail audit)
    {
        foreach (var (actor, entityType, entityId, action, before, after) in _audit)
        {
            audit.Add(actor, entityType, entityId(), action, before, after);
        }
    }
}
