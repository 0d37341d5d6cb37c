using FluentValidation;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account.Settings;

/// <summary>
/// Asks to move the account to another address. Nothing changes until the link sent there is opened, and the page
/// answers the same whether or not that address already has an account (its owner is told instead).
/// </summary>
[Authorize]
[EnableRateLimiting(AccountSetup.RegistrationPolicy)]
public class EmailModel(UserManager<AppUser> users, CurrentPassword current, AccountEmails emails, AuditTrail audit, CoverageDbContext db)
    : PageModel
{
    public const string AuditAction = "email change asked";

    private static readonly InlineValidator<string?> AddressRules = Address();

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? Current { get; set; }

    public string Email { get; private set; } = "";

    /// <summary>The address the link went to, once sent.</summary>
    public string? SentTo { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        var address = NewEmail?.Trim();
        var shape = AddressRules.Validate(address ?? "");
        if (!shape.IsValid)
        {
            Errors.Add(nameof(NewEmail), shape.Errors[0].ErrorMessage);
        }
        else if (string.Equals(address, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            Errors.Add(nameof(NewEmail), SettingsStrings.EmailSame);
        }

        if (await current.ProblemAsync(user, Current) is { } wrong)
        {
            Errors.Add(nameof(Current), wrong);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, AuditAction);
        if (await users.FindByEmailAsync(address!) is { } owner)
        {
            await emails.SendEmailTakenAsync(owner);
        }
        else
        {
            await emails.SendEmailChangeAsync(user, address!);
        }

        // Saved with the message's queue row; saved alone when the hourly mail limit dropped the message.
        await db.SaveChangesAsync();
        SentTo = address;
        NewEmail = null;
        return Page();
    }

    private static InlineValidator<string?> Address()
    {
        var rules = new InlineValidator<string?>();
        rules.RuleFor(x => x).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => AccountStrings.RegisterEmailMissing)
            .MaximumLength(256).WithMessage(_ => AccountStrings.RegisterEmailTooLong)
            .EmailAddress().WithMessage(_ => AccountStrings.RegisterEmailShape);
        return rules;
    }
}
