using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Passwords;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccountSetup.PasswordResetPolicy)]
public class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }
    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var problem = string.IsNullOrEmpty(Password) ? AccountStrings.ResetMissing : PasswordPolicy.Problem(Password, Email);
        if (problem is not null)
        {
            Errors.Add(nameof(Password), problem);
            return Page();
        }

        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email);
        var result = user is null || Token is null
            ? IdentityResult.Failed()
            : await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            Errors.Add(nameof(Password), AccountStrings.ResetLinkInvalid);
            return Page();
        }

        // The locked-out owner was mailed this way to unlock: a new password ends the lockout.
        await users.ResetAccessFailedCountAsync(user!);
        if (user!.LockoutEnd is { } end && end != DateTimeOffset.MaxValue)
        {
            // An admin's lock (until the end of time) is the admin's to lift.
            await users.SetLockoutEndDateAsync(user, null);
        }
        Done = true;
        return Page();
    }
}
