using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.TwoFactor;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MassageCoverage.Web.Pages.Account.TwoFactor;

/// <summary>Two-factor sign-in for one's own account: on or off, recovery codes, and remembered devices.</summary>
[Authorize]
public class IndexModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit, IOptionsMonitor<SecurityOptions> security) : PageModel
{
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public bool Required { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Done { get; private set; }
    public FormErrors Errors { get; } = new();

    /// <summary>A current code from the app, to turn two-factor sign-in off: a borrowed session alone cannot.</summary>
    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var user = await LoadAsync();
        if (user is null || !Enabled)
        {
            return user is null ? Challenge() : Page();
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, TwoFactorAudit.NewRecoveryCodes);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCode.RecoveryCodeCount) ?? []];
        RecoveryCodesLeft = RecoveryCodes.Count;
        Done = AccountStrings.TwoFactorNewCodesDone;
        return Page();
    }

    public async Task<IActionResult> OnPostForgetDeviceAsync()
    {
        if (await LoadAsync() is null)
        {
            return Challenge();
        }

        await signIn.ForgetTwoFactorClientAsync();
        Done = AccountStrings.TwoFactorForgotten;
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        var user = await LoadAsync();
        if (user is null || !Enabled || Required)
        {
            // Staff and admins keep two-factor sign-in while it is required: the page offers no button for it.
            return user is null ? Challenge() : Page();
        }

        var code = AuthenticatorCode.Normalize(Code);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Errors.Add(nameof(Code), code.Length == 0
                ? AccountStrings.TwoFactorTurnOffCode
                : AccountStrings.TwoFactorWrongCodeNow);
            return Page();
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, TwoFactorAudit.Off);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        Enabled = false;
        Done = AccountStrings.TwoFactorTurnedOff;
        return Page();
    }

    private async Task<AppUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        Required = security.CurrentValue.RequireTwoFactorForStaff && (User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Admin));
        return user;
    }
}
