using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Passwords;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// Where an invited staff member or admin chooses their own password, from the link an admin's invitation mailed.
/// The link works once (setting the password changes the security stamp its token names) and for 7 days.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.PasswordResetPolicy)]
public class InvitationModel(UserManager<AppUser> users, AuditTrail audit, CoverageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Valid { get; private set; }
    public bool Done { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync() => Valid = await InviteeAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await InviteeAsync();
        Valid = user is not null;
        if (user is null)
        {
            return Page();
        }

        var problem = string.IsNullOrEmpty(Password) ? InviteStrings.Missing : PasswordPolicy.Problem(Password, user.Email);
        if (problem is not null)
        {
            Errors.Add(nameof(Password), problem);
            return Page();
        }

        // AddPassword refuses an account that has one already, so two posts of one link cannot both set it.
        var added = await users.AddPasswordAsync(user, Password!);
        if (!added.Succeeded)
        {
            Valid = false;
            return Page();
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, Invitations.AcceptedAction);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }

    /// <summary>The invited account this link is for, or null: no such account, a password chosen already, a bad or old token.</summary>
    private async Task<AppUser?> InviteeAsync()
    {
        var user = string.IsNullOrWhiteSpace(UserId) || string.IsNullOrWhiteSpace(Token) ? null : await users.FindByIdAsync(UserId);
        return user is not null && user.PasswordHash is null
            && await users.VerifyUserTokenAsync(user, Invitations.Provider, Invitations.Purpose, Token!)
            ? user : null;
    }
}
