using System.Security.Cryptography;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>The three roles, always; and in Development only, one demo account per role.</summary>
public sealed class AccountSeeder(
    RoleManager<IdentityRole> roles, UserManager<AppUser> users, TimeProvider clock, IHostEnvironment environment)
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
    /// Creates the demo accounts that do not exist yet and returns their sign-in details, so the caller can print
    /// them once on the console. Never outside Development.
    /// </summary>
    public async Task<IReadOnlyList<(string Email, string Password, string Role)>> SeedDemoAccountsAsync()
    {
        if (!environment.IsDevelopment())
        {
            return [];
        }

        var created = new List<(string, string, string)>();
        foreach (var role in Roles.All)
        {
            var email = $"{role.ToLowerInvariant()}@demo.massagecoverage.test";
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var password = NewPassword();
            await CreateAsync(email, password, role);
            created.Add((email, password, role));
        }

        return created;
    }

    public async Task<AppUser> CreateAsync(string email, string password, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
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
