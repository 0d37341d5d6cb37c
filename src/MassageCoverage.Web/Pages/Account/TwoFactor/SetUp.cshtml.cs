using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.TwoFactor;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account.TwoFactor;

/// <summary>
/// Setting up an authenticator app: scan the code (or type the key), then prove it with one code; ten recovery codes
/// are shown once. Staff and admins are sent here before the consoles when two-factor sign-in is required.
/// </summary>
[Authorize]
[EnableRateLimiting(AccountSetup.SignInPolicy)]
public class SetUpModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Key { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public bool AlreadyOn { get; private set; }
    public FormErrors Errors { get; } = new();

    public string Continue => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        AlreadyOn = await users.GetTwoFactorEnabledAsync(user);
        if (!AlreadyOn)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = AuthenticatorCode.Normalize(Code);
        var valid = code.Length > 0
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            Errors.Add(nameof(Code), code.Length == 0
                ? AccountStrings.SetUpCodeMissing
                : AccountStrings.SetUpCodeWrong);
            await LoadKeyAsync(user);
            return Page();
        }

        // Identity's own save of the account carries the audit entry with it.
        audit.Add(user.Id, AuditEntities.User, user.Id, TwoFactorAudit.On);
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount) ?? []];
        // The sign-in now carries the two-factor claim the consoles ask for.
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; without a fresh sign-in the stamp check a minute later would sign
            // out someone still scanning the code.
            await signIn.RefreshSignInAsync(user);
        }

        Key = key!;
        QrCode = AuthenticatorCode.QrDataUri(AuthenticatorCode.Uri(user.Email!, Key));
    }
}
