using FluentValidation;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// Deletes the account and, through the foreign keys' cascades, every record it owns, in one transaction with its
/// audit entry. The entry names the user id only: no email, no health data.
/// </summary>
[Authorize(Roles = Roles.Patient)]
[EnableRateLimiting(AccountSetup.AccountDoorsPolicy)]
public partial class DeleteModel(
    CoverageDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit, ILogger<DeleteModel> logger) : PageModel
{
    public const string Word = "DELETE";

    public sealed class Input
    {
        public string? Confirmation { get; set; }
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Confirmation).Must(c => c?.Trim() == Word).WithMessage($"Type the word {Word} in capital letters.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Errors.AddAll(new InputValidator().Validate(Form)))
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
                ? "This account is locked for 15 minutes after 5 wrong passwords."
                : "The password is not right.");
            Form.Password = null;
            return Page();
        }

        var userId = user.Id;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            audit.Add(userId, "User", userId, AuditActions.Delete);
            await db.SaveChangesAsync(cancellationToken);
            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException($"Deleting user {userId} failed: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        LogDeleted(userId);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted with all its records")]
    private partial void LogDeleted(string userId);
}
