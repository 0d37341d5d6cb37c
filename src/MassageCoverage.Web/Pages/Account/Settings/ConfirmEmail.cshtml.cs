using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Settings;

/// <summary>
/// The link sent to a new address. Opening it shows a button, and only the button changes anything (mail scanners
/// open links by themselves). The address and the sign-in name change together or not at all; the change renews the
/// security stamp, so every signed-in device signs in again.
/// </summary>
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit, CoverageDbContext db) : PageModel
{
    public const string AuditAction = "email changed";

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "email")]
    public string? NewEmail { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Changed { get; private set; }
    public bool Invalid { get; private set; }

    public void OnGet() => Invalid = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(NewEmail) || string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || string.IsNullOrEmpty(NewEmail) || string.IsNullOrEmpty(Token))
        {
            Invalid = true;
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        IdentityResult changed;
        try
        {
            // The address may have gained an account since the link was sent: the validator refuses it then.
            changed = await users.ChangeEmailAsync(user, NewEmail, Token);
            if (changed.Succeeded)
            {
                audit.Add(user.Id, AuditEntities.User, user.Id, AuditAction);
                changed = await users.SetUserNameAsync(user, NewEmail);
            }
        }
        catch (DbUpdateException)
        {
            // Or the unique index, when another account took it at this very moment.
            changed = IdentityResult.Failed();
        }

        if (!changed.Succeeded)
        {
            await transaction.RollbackAsync();
            Invalid = true;
            return Page();
        }

        await transaction.CommitAsync();
        if (signIn.IsSignedIn(User) && users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }

        Changed = true;
        return Page();
    }
}
