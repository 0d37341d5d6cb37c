using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Testing;

/// <summary>A staff member or admin as an admin would create them, with an authenticator app already set up.</summary>
public static class TestAccounts
{
    public const string Password = "a long enough staff passphrase";

    /// <summary>Creates the account and returns its id and authenticator key (null when two-factor is left off).</summary>
    public static async Task<(string Id, string? Key)> CreateAsync(AppFactory factory, string email, string role, bool twoFactor = true, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(email, password, role);
        if (!twoFactor)
        {
            return (user.Id, null);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (user.Id, key);
    }
}
