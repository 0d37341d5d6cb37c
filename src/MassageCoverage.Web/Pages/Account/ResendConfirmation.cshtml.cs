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

/// <summary>Sends the confirmation link again. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.PasswordResetPolicy)]
public class ResendConfirmationModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal) || Email.Length > 256)
        {
            Errors.Add(nameof(Email), AccountStrings.ResendMissing);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            await (user.EmailConfirmed ? emails.SendAlreadyRegisteredAsync(user) : emails.SendConfirmationAsync(user));
        }

        return RedirectToPage("/Account/CheckEmail");
    }
}
