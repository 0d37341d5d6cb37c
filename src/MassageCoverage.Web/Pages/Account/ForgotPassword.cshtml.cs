using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// Sends a reset link, or, to an address not yet confirmed, the confirmation link again. The answer is the same
/// whether or not the address has an account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.PasswordResetPolicy)]
public class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }
    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal) || Email.Length > 256)
        {
            Errors.Add(nameof(Email), AccountStrings.ForgotMissing);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            await (user.EmailConfirmed ? emails.SendPasswordResetAsync(user) : emails.SendConfirmationAsync(user));
        }

        Sent = true;
        return Page();
    }
}
