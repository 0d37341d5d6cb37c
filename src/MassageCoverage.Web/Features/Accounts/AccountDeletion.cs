using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>The records an account owns, which go with it.</summary>
public sealed record OwnedRecords(int Referrals, int InsurerCalls, int SavedChecks)
{
    public bool Any => Referrals + InsurerCalls + SavedChecks > 0;
}

/// <summary>
/// Deletes an account and, through the foreign keys' cascades (Data/Configurations), every record it owns, in one
/// transaction with its audit entry. A patient deleting their own account and an admin deleting one both come here.
/// </summary>
public sealed partial class AccountDeletion(
    CoverageDbContext db, UserManager<AppUser> users, AuditTrail audit, ILogger<AccountDeletion> logger)
{
    public async Task<OwnedRecords> CountRecordsAsync(string userId, CancellationToken cancellationToken) => new(
        await db.Referrals.CountAsync(r => r.OwnerId == userId, cancellationToken),
        await db.InsurerCalls.CountAsync(c => c.OwnerId == userId, cancellationToken),
        await db.SavedChecks.CountAsync(c => c.OwnerId == userId, cancellationToken));

    /// <summary>
    /// False when another request deleted or changed the account after it was read: then nothing is deleted and
    /// nothing audited, and the transaction is rolled back. <paramref name="before"/> must never hold health data,
    /// names or free text. Inside a transaction the caller opened (an admin's, holding the last-admin lock) it works
    /// in that one and leaves the commit to the caller; otherwise it opens and commits its own.
    /// </summary>
    public async Task<bool> DeleteAsync(string actor, AppUser user, string? before, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var transaction = db.Database.CurrentTransaction!;
            audit.Add(actor, AuditEntities.User, userId, AuditActions.Delete, before);
            await db.SaveChangesAsync(cancellationToken);
            var deleted = await users.DeleteAsync(user);
            // Identity deletes only where the concurrency stamp read with the account still matches, so a request
            // that lost a race gets this error rather than an exception.
            if (deleted.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                await transaction.RollbackAsync(cancellationToken);
                // The rolled-back audit entry and the stale account must not ride on a later SaveChanges.
                db.ChangeTracker.Clear();
                return false;
            }

            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException($"Deleting user {userId} failed: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        LogDeleted(userId, actor);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted with all its records by {Actor}")]
    private partial void LogDeleted(string userId, string actor);
}
