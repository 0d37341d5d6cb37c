using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// Deletes the account and every record it owns, after the password is given again (<see cref="AccountDeletion"/>).
/// The audit entry names the user id only: no email, no health data.
/// </summary>
[Authorize(Roles = Roles.Patient)]
[EnableRateLimiting(AccountSetup.SignInPolicy)]
public class DeleteModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountDeletion deletion) : PageModel
{
    /// <summary>The word typed to confirm, in capitals, in the page's language ("DELETE", "ELIMINAR").</summary>
    public static string Word => AccountStrings.DeleteWord;

    public sealed class Input
    {
        public string? Confirmation { get; set; }
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Confirmation).Must(c => c?.Trim() == Word).WithMessage(_ => Words.Format(AccountStrings.DeleteWordMissing, Word));
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => AccountStrings.SignInEnterPassword);
        }
    }

    /// <summary>One instance for every request: it holds no state, and FluentValidation validators are thread-safe then.</summary>
    private static readonly InputValidator InputRules = new();

    [BindProperty]
    public Input Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Errors.AddAll(InputRules.Validate(Form)))
        {
            Form.Password = null;
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var password = await signIn.CheckPasswordSignInAsync(user, Form.Password!, lockoutOnFailure: true);
        if (!password.Succeeded)
        {
            Errors.Add(nameof(Input.Password), password.IsLockedOut
                ? AccountStrings.DeleteLocked
                : AccountStrings.DeleteWrongPassword);
            Form.Password = null;
            return Page();
        }

        if (await users.IsInRoleAsync(user, Roles.Admin))
        {
            // Only the console checks for the last admin, under its lock; an admin's account ends there.
            Errors.Add(nameof(Input.Password), AccountStrings.DeleteAdmin);
            Form.Password = null;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!await deletion.DeleteAsync(user.Id, user, before: null, cancellationToken))
        {
            // Another request changed or deleted the account meanwhile: nothing was deleted, and the error page says try again.
            return StatusCode(StatusCodes.Status409Conflict);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }
}
