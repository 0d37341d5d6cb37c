using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Admin;

/// <summary>One account as the users page lists it.</summary>
public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool Locked);

/// <summary>The outcome of an admin's change: null error means done.</summary>
public sealed record AdminResult(string? Error)
{
    public static AdminResult Done { get; } = new((string?)null);
}

/// <summary>
/// Creates staff and admins, changes roles, locks and unlocks; each change and its audit entry are one transaction.
/// The last active admin is never demoted or locked, so the console can never lock everyone out.
/// </summary>
public sealed class UserAdministration(CoverageDbContext db, UserManager<AppUser> users, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = AccountDeletion.EntityType;
    public const string LastAdminMessage = "This is the last active admin: make another admin first.";

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return all.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? u.Id,
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd > now))
            .ToList();
    }

    public async Task<AdminResult> CreateAsync(string actor, string email, string password, string role)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        audit.Add(actor, EntityType, user.Id, AuditActions.Create, after: await SnapshotAsync(user));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    public async Task<AdminResult> SetRolesAsync(string actor, string userId, IReadOnlyCollection<string> wanted)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new("That account no longer exists.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new(LastAdminMessage);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = await SnapshotAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, EntityType, user.Id, "roles", before, await SnapshotAsync(user));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    public async Task<AdminResult> SetLockedAsync(string actor, string userId, bool locked)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new("That account no longer exists.");
        }

        if (locked && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new(LastAdminMessage);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = await SnapshotAsync(user);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        // A new stamp ends the locked person's open sessions at the next validation.
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, EntityType, user.Id, locked ? "lock" : "unlock", before, await SnapshotAsync(user));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AdminResult.Done;
    }

    private async Task<bool> IsLastActiveAdminAsync(AppUser user)
    {
        var now = clock.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(Roles.Admin))
            .Count(a => a.Id != user.Id && !(a.LockoutEnd > now));
        return others == 0;
    }

    /// <summary>What the audit keeps of an account: never a password or its hash.</summary>
    private async Task<string> SnapshotAsync(AppUser user) => JsonSerializer.Serialize(new
    {
        email = user.Email,
        roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToArray(),
        locked = user.LockoutEnd > clock.GetUtcNow(),
    });
}
