using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>Sends a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.AccountDoorsPolicy)]
public class ForgotPasswordModel(UserManager<AppUser> users, IEmailSender<AppUser> email) : PageModel
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
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            Errors.Add(nameof(Email), "Enter the email address of your account.");
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Page("/Account/ResetPassword", null, new { email = user.Email, token }, Request.Scheme)!;
            await email.SendPasswordResetLinkAsync(user, user.Email!, link);
        }

        Sent = true;
        return Page();
    }
}
