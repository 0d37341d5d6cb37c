using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccountSetup.AccountDoorsPolicy)]
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
        if (string.IsNullOrEmpty(Password) || Password.Length < 12)
        {
            Errors.Add(nameof(Password), "Choose a password of at least 12 characters.");
            return Page();
        }

        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email);
        var result = user is null || Token is null
            ? IdentityResult.Failed()
            : await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Errors.Add(nameof(Password), "This reset link is not valid any more. Ask for a new one.");
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user!);
        Done = true;
        return Page();
    }
}
