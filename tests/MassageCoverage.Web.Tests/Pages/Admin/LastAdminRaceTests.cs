using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>
/// The only two admins demote, lock or delete each other at the same instant. The overlap is made certain, not
/// likely: the test holds the account tables against writes (reads go on), waits until both changes are blocked at
/// their first write, then lets them go. Checked outside a lock, both last-admin checks have then seen the other admin
/// still active.
/// </summary>
public class LastAdminRaceTests
{
    public static TheoryData<string> Changes() => ["roles", "lock", "delete"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Two_admins_acting_on_each_other_at_once_leave_one_active_admin(string change)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        var first = await CreateAdminAsync(factory, "first.admin@example.test");
        var second = await CreateAdminAsync(factory, "second.admin@example.test");

        AdminResult[] results;
        await using (var gate = new NpgsqlConnection(database.ConnectionString))
        {
            await gate.OpenAsync();
            await using var held = await gate.BeginTransactionAsync();
            await using (var hold = new NpgsqlCommand("""LOCK TABLE users, user_roles IN EXCLUSIVE MODE""", gate))
            {
                await hold.ExecuteNonQueryAsync();
            }

            var both = Task.WhenAll(
                Task.Run(() => ActAsync(factory, change, actor: first, target: second)),
                Task.Run(() => ActAsync(factory, change, actor: second, target: first)));
            await WaitUntilBlockedAsync(gate, expected: 2, both);
            await held.RollbackAsync();
            results = await both;
        }

        Assert.Single(results, r => r.Error is null);
        Assert.Single(results, r => r.Error == UserAdministration.LastAdminMessage);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var now = DateTimeOffset.UtcNow;
        var activeAdmins = await (from ur in db.UserRoles
                                  join r in db.Roles on ur.RoleId equals r.Id
                                  join u in db.Users on ur.UserId equals u.Id
                                  where r.Name == Roles.Admin && (u.LockoutEnd == null || u.LockoutEnd <= now)
                                  select u.Id).CountAsync();
        Assert.Equal(1, activeAdmins);
    }

    private static async Task<AdminResult> ActAsync(AppFactory factory, string change, string actor, string target)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        return change switch
        {
            "roles" => await admin.SetRolesAsync(actor, target, [Roles.Staff]),
            "lock" => await admin.SetLockedAsync(actor, target, locked: true),
            "delete" => await admin.DeleteAsync(actor, target, CancellationToken.None),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
    }

    /// <summary>
    /// Waits until <paramref name="expected"/> sessions of this database wait for a lock: with the advisory lock one
    /// waits for it and one for the tables; without it both wait for the tables, their checks already made.
    /// </summary>
    private static async Task WaitUntilBlockedAsync(NpgsqlConnection gate, int expected, Task changes)
    {
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            gate);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! < expected)
        {
            if (changes.IsCompleted || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The two changes did not both block at their first write ({changes.Status}).");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<string> CreateAdminAsync(AppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(email, SignedInSession.Password, Roles.Admin)).Id;
    }
}
