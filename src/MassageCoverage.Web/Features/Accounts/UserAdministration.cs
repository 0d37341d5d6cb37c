using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// One account as the users page lists it. <see cref="Invited"/>: made by an admin and no password chosen yet.
/// </summary>
public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool Locked, bool TwoFactor, bool Invited)
{
    public bool IsConsoleUser => Roles.Contains(Accounts.Roles.Staff) || Roles.Contains(Accounts.Roles.Admin);
}

/// <summary>One page of accounts and how many match the search in all.</summary>
public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total);

/// <summary>An account as its delete page shows it; <see cref="Refusal"/> says why it cannot be deleted now.</summary>
public sealed record DeletionPreview(string Id, string Email, IReadOnlyList<string> Roles, OwnedRecords Records, string? Refusal);

/// <summary>The outcome of an admin's change: null error means done; <see cref="Missing"/> that the account is gone.</summary>
public sealed record AdminResult(string? Error, bool Missing = false)
{
    public static AdminResult Done { get; } = new((string?)null);
    public static AdminResult NoSuchAccount { get; } = new("That account no longer exists.", Missing: true);
}

/// <summary>
/// Creates staff and admins, changes roles, locks, unlocks and deletes; each change and its audit entry are one
/// transaction. The last active admin is never demoted, locked or deleted, so the console can never lock everyone out:
/// every change that could take an admin away is checked and made under <see cref="AdminChangesLock"/>.
/// </summary>
public sealed class UserAdministration(
    CoverageDbContext db, UserManager<AppUser> users, AuditTrail audit, AccountDeletion deletion, TimeProvider clock, ClinicClock clinic,
    Mail.AccountEmails emails)
{
    public const string LastAdminMessage = "This is the last active admin: make another admin first.";
    public const string OwnAccountMessage = "This is your own account: it cannot be deleted from the admin console.";
    public const string UnchangedMessage = "Someone changed this account at the same moment. Nothing was changed: check it and try again.";
    public const string ChangedMessage = "Someone changed this account while you were deleting it. Nothing was deleted: check it and try again.";

    /// <summary>
    /// The key of the PostgreSQL advisory lock that serialises role changes, locks and deletions. Without it two admins
    /// demoting each other at once would each see the other still active and both succeed, leaving no admin. Any
    /// fixed bigint works; this one spells "MCADMIN" in ASCII so it is recognisable in pg_locks.
    /// </summary>
    public const long AdminChangesLock = 0x4D43_4144_4D49_4E;

    /// <param name="search">Part of an email address, any case; empty lists every account.</param>
    public async Task<UserPage> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var part = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(part));
        }

        var total = await query.CountAsync(cancellationToken);
        var shown = await query.OrderBy(u => u.Email).ThenBy(u => u.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = shown.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ids.Contains(ur.UserId)
                               select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new(shown.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? u.Id,
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd > now, u.TwoFactorEnabled, u.PasswordHash is null))
            .ToList(), total);
    }

    /// <summary>
    /// Makes the account without a password and mails the invitee a link to choose one: the account, its audit entry
    /// and the message are one transaction, so no account is left that nobody was told about.
    /// </summary>
    public async Task<AdminResult> InviteAsync(string actor, string email, string role)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The clinic's zone until the person confirms it or chooses theirs (the account home asks).
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow(), TimeZone = clinic.Zone.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return new(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        audit.Add(actor, AuditEntities.User, user.Id, Invitations.SentAction, after: await SnapshotAsync(user));
        await emails.AddInvitationAsync(user);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    /// <summary>A new link for an invitee who has not chosen a password yet; earlier links keep working until one is used.</summary>
    public async Task<AdminResult> InviteAgainAsync(string actor, string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.NoSuchAccount;
        }

        if (user.PasswordHash is not null)
        {
            return new("This person has already chosen a password: there is no invitation to send again.");
        }

        audit.Add(actor, AuditEntities.User, user.Id, Invitations.SentAction, after: await SnapshotAsync(user));
        await emails.AddInvitationAsync(user);
        await db.SaveChangesAsync();
        return AdminResult.Done;
    }

    public async Task<AdminResult> SetRolesAsync(string actor, string userId, IReadOnlyCollection<string> wanted)
    {
        await using var transaction = await BeginAdminChangeAsync(CancellationToken.None);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.NoSuchAccount;
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new(LastAdminMessage);
        }

        var before = await SnapshotAsync(user);
        if (!Succeeded(
            await users.RemoveFromRolesAsync(user, current.Except(wanted)),
            await users.AddToRolesAsync(user, wanted.Except(current)),
            await users.UpdateSecurityStampAsync(user)))
        {
            return await NotChangedAsync(transaction);
        }

        audit.Add(actor, AuditEntities.User, user.Id, "roles", before, await SnapshotAsync(user));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    public async Task<AdminResult> SetLockedAsync(string actor, string userId, bool locked)
    {
        await using var transaction = await BeginAdminChangeAsync(CancellationToken.None);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.NoSuchAccount;
        }

        if (locked && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new(LastAdminMessage);
        }

        var before = await SnapshotAsync(user);
        if (!Succeeded(
            await users.SetLockoutEnabledAsync(user, true),
            await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null),
            await users.ResetAccessFailedCountAsync(user),
            // A new stamp ends the locked person's open sessions at the next validation.
            await users.UpdateSecurityStampAsync(user)))
        {
            return await NotChangedAsync(transaction);
        }

        audit.Add(actor, AuditEntities.User, user.Id, locked ? "lock" : "unlock", before, await SnapshotAsync(user));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    /// <summary>The account and what would go with it; null when there is no such account.</summary>
    public async Task<DeletionPreview?> PreviewDeletionAsync(string actor, string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null
            ? null
            : new(user.Id, user.Email ?? user.UserName ?? user.Id, await RolesOfAsync(user),
                await deletion.CountRecordsAsync(user.Id, cancellationToken), await DeletionRefusalAsync(actor, user));
    }

    public async Task<AdminResult> DeleteAsync(string actor, string userId, CancellationToken cancellationToken)
    {
        await using (var transaction = await BeginAdminChangeAsync(cancellationToken))
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return AdminResult.NoSuchAccount;
            }

            if (await DeletionRefusalAsync(actor, user) is { } refusal)
            {
                return new(refusal);
            }

            // What the account could do; nothing it owned is copied into the audit trail.
            var roles = await RolesOfAsync(user);
            var before = JsonSerializer.Serialize(new { email = AuditedEmail(user, roles), roles });
            // AccountDeletion works inside this transaction, so the lock is held until the deletion is committed.
            if (await deletion.DeleteAsync(actor, user, before, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return AdminResult.Done;
            }
        }

        return await db.Users.AnyAsync(u => u.Id == userId, cancellationToken) ? new(ChangedMessage) : AdminResult.NoSuchAccount;
    }

    /// <summary>
    /// A transaction holding <see cref="AdminChangesLock"/> until it ends. Callers read the account after this, so
    /// what they check is what the previous change committed.
    /// </summary>
    private async Task<IDbContextTransaction> BeginAdminChangeAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdminChangesLock})", cancellationToken);
        return transaction;
    }

    /// <summary>
    /// An admin's own account goes through the account page, which asks for the password again: one click in the
    /// console should not end the session it is made in.
    /// </summary>
    private async Task<string?> DeletionRefusalAsync(string actor, AppUser user)
    {
        if (user.Id == actor)
        {
            return OwnAccountMessage;
        }

        return await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user) ? LastAdminMessage : null;
    }

    /// <summary>
    /// Asks the database rather than Identity: accounts this request already loaded (the signed-in admin's, when the
    /// cookie is revalidated) would come back with the values they had then, not what a concurrent change committed.
    /// </summary>
    private async Task<bool> IsLastActiveAdminAsync(AppUser user)
    {
        var now = clock.GetUtcNow();
        return !await (from ur in db.UserRoles
                       join r in db.Roles on ur.RoleId equals r.Id
                       join u in db.Users on ur.UserId equals u.Id
                       where r.Name == Roles.Admin && u.Id != user.Id && (u.LockoutEnd == null || u.LockoutEnd <= now)
                       select u.Id).AnyAsync();
    }

    /// <summary>What the audit keeps of an account: never a password or its hash.</summary>
    private async Task<string> SnapshotAsync(AppUser user)
    {
        var roles = await RolesOfAsync(user);
        return JsonSerializer.Serialize(new { email = AuditedEmail(user, roles), roles, locked = user.LockoutEnd > clock.GetUtcNow() });
    }

    /// <summary>
    /// No patient's email, as when patients delete their own account: the trail keeps who acted on health records,
    /// not who had them. The entry's id still ties it to the account while the account exists.
    /// </summary>
    private static string? AuditedEmail(AppUser user, string[] roles) => roles.Contains(Roles.Patient) ? null : user.Email;

    private async Task<string[]> RolesOfAsync(AppUser user) =>
        (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Identity reports a lost race (a concurrency stamp that moved) as a result, not an exception.</summary>
    private static bool Succeeded(params IdentityResult[] results) => results.All(r => r.Succeeded);

    /// <summary>Nothing of a half-made change is kept, and no audit entry says it happened.</summary>
    private async Task<AdminResult> NotChangedAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
        return new(UnchangedMessage);
    }
}
