using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>Where signing in lands when no page asked for it: each role's own console, patients their account.</summary>
public static class Landing
{
    public static async Task<string> ForAsync(UserManager<AppUser> users, AppUser? user)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (user is null)
        {
            return "/account";
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Contains(Roles.Admin) ? "/admin" : roles.Contains(Roles.Staff) ? "/staff" : "/account";
    }
}
