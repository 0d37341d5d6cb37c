using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Accounts.Passwords;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Settings;

/// <summary>
/// A new password, given the current one. The change renews the security stamp, so every other signed-in device is
/// signed out within a minute (this one is signed in again), and the owner is mailed about it.
/// </summary>
[Authorize]
public class PasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentPassword current, AccountEmails emails, AuditTrail audit) : PageModel
{
    public const string AuditAction = "password changed";

    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await current.ProblemAsync(user, Current) is { } wrong)
        {
            Errors.Add(nameof(Current), wrong);
        }

        var problem = string.IsNullOrEmpty(Password) ? SettingsStrings.PasswordNewMissing
            : Password == Current ? SettingsStrings.PasswordSame
            : PasswordPolicy.Problem(Password, user.Email);
        if (problem is not null)
        {
            Errors.Add(nameof(Password), problem);
        }
        else if (ConfirmPassword != Password)
        {
            Errors.Add(nameof(ConfirmPassword), AccountStrings.RegisterPasswordAgain);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, AuditAction);
        var result = await users.ChangePasswordAsync(user, Current!, Password!);
        if (!result.Succeeded)
        {
            // Changed at the same moment elsewhere: nothing was saved, and the form says to try again.
            Errors.Add(nameof(Current), SettingsStrings.PasswordCurrentWrong);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        await emails.SendPasswordChangedAsync(user);
        return RedirectToPage("Index", new { done = "password" });
    }
}
