using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// The link in the confirmation message. Opening it shows a button, and only the button confirms: mail scanners open
/// links by themselves. Confirming does not sign anyone in; the person then signs in with the password they chose.
/// </summary>
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The page the person was on when they chose to create an account; signing in goes back to it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Back => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public bool Confirmed { get; private set; }
    public bool Invalid { get; private set; }

    public void OnGet() => Invalid = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        // A confirmed account's link still checks out (pressing twice is fine); a made-up one says nothing either way.
        var result = user is null || string.IsNullOrEmpty(Token) ? IdentityResult.Failed() : await users.ConfirmEmailAsync(user, Token);
        Confirmed = result.Succeeded;
        Invalid = !result.Succeeded;
        return Page();
    }
}
