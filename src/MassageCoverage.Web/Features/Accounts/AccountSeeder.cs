using System.Security.Cryptography;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>The three roles, always; one demo account per role only when asked for by name (<c>seed-demo</c>).</summary>
public sealed class AccountSeeder(RoleManager<IdentityRole> roles, UserManager<AppUser> users, TimeProvider clock, ClinicClock clinic)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Throw(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>
    /// One demo account per role: each one missing is created with a new password, returned so the caller can print
    /// it once on the console; one that exists keeps its password and comes back with none.
    /// </summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedDemoAccountsAsync()
    {
        await EnsureRolesAsync();
        var accounts = new List<DemoAccount>();
        foreach (var role in Roles.All)
        {
            var email = $"{role.ToLowerInvariant()}@demo.massagecoverage.test";
            if (await users.FindByEmailAsync(email) is not null)
            {
                accounts.Add(new DemoAccount(role, email, null));
                continue;
            }

            var password = NewPassword();
            await CreateAsync(email, password, role);
            accounts.Add(new DemoAccount(role, email, password));
        }

        return accounts;
    }

    public async Task<AppUser> CreateAsync(string email, string password, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow(), TimeZone = clinic.Zone.Id };
            Throw(await users.CreateAsync(user, password));
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Throw(await users.AddToRoleAsync(user, role));
        }

        return user;
    }

    /// <summary>20 random characters from an alphabet without look-alikes.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>A demo account; <paramref name="NewPassword"/> is null when the account existed already.</summary>
public sealed record DemoAccount(string Role, string Email, string? NewPassword);
