using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// Asks for the current password before a signed-in person changes the password or the email address: a session
/// left open on a shared computer must not be enough to take the account. Wrong guesses count towards the same
/// lockout as sign-in, and a lockout is mailed to the owner.
/// </summary>
public sealed class CurrentPassword(UserManager<AppUser> users, AccountEmails emails)
{
    /// <summary>Why the password is refused, in words for the field; null when it is right.</summary>
    public async Task<string?> ProblemAsync(AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return SettingsStrings.PasswordCurrentMissing;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return SettingsStrings.PasswordLocked;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }

        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user))
        {
            await emails.SendLockedAsync(user);
            return SettingsStrings.PasswordLocked;
        }

        return SettingsStrings.PasswordCurrentWrong;
    }
}
