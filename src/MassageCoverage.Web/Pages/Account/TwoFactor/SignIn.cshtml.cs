using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Accounts.TwoFactor;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account.TwoFactor;

/// <summary>
/// The second step of signing in: the code from the authenticator app, or a recovery code. Wrong codes count towards
/// the same lockout as wrong passwords.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.SignInPolicy)]
public class SignInModel(SignInManager<AppUser> signIn, AccountEmails emails) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberDevice { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Recovery { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The five minutes between the password and the code have passed: start again.
            return RedirectToPage("/Account/SignIn");
        }

        var lockedBefore = await signIn.UserManager.IsLockedOutAsync(user);

        var code = Recovery ? AuthenticatorCode.NormalizeRecovery(Code) : AuthenticatorCode.Normalize(Code);
        if (code.Length == 0)
        {
            Errors.Add(nameof(Code), Recovery ? AccountStrings.TwoFactorRecoveryMissing : AccountStrings.SetUpCodeMissing);
            return Page();
        }

        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: RememberDevice);
        if (result.Succeeded)
        {
            LanguageSetup.Remember(HttpContext, user.Language);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await Landing.ForAsync(signIn.UserManager, user));
        }

        if (result.IsLockedOut && !lockedBefore)
        {
            await emails.SendLockedAsync(user);
        }

        Errors.Add(nameof(Code), result.IsLockedOut
            ? AccountStrings.TwoFactorLocked
            : Recovery
                ? AccountStrings.TwoFactorRecoveryWrong
                : AccountStrings.TwoFactorCodeWrong);
        Code = null;
        return Page();
    }
}
