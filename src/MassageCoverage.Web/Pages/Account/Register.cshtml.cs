using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Accounts.Passwords;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>
/// Self-registration: it only ever creates patients (staff and admins are created by an admin). A new and an existing
/// address get the same answer, "check your email"; the mailbox's owner learns which it was.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.RegistrationPolicy)]
public class RegisterModel(
    UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, AccountEmails emails, TimeProvider clock, ClinicClock clinic) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }

        /// <summary>
        /// The zone the form showed (the device's, or the clinic's without scripts). A form posted without one is
        /// accepted; the account then asks its owner to confirm the clinic's zone.
        /// </summary>
        public string? TimeZone { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => AccountStrings.RegisterEmailMissing)
                .MaximumLength(256).WithMessage(_ => AccountStrings.RegisterEmailTooLong)
                .EmailAddress().WithMessage(_ => AccountStrings.RegisterEmailShape);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => AccountStrings.RegisterPasswordMissing)
                .Custom((password, context) =>
                {
                    if (PasswordPolicy.Problem(password!, context.InstanceToValidate.Email) is { } problem)
                    {
                        context.AddFailure(problem);
                    }
                });
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => AccountStrings.RegisterPasswordAgain);
            RuleFor(x => x.TimeZone).Must(TimeZones.IsKnown).When(x => !string.IsNullOrEmpty(x.TimeZone))
                .WithMessage(_ => SettingsStrings.ZoneUnknown);
        }
    }

    /// <summary>One instance for every request: it holds no state, and FluentValidation validators are thread-safe then.</summary>
    private static readonly InputValidator InputRules = new();

    [BindProperty]
    public Input Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>
    /// Where to go once the account is confirmed and signed in (the check a patient wanted to save): it travels in the
    /// confirmation link. Only an address of this site is kept.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The zone the form shows until the patient (or their device) picks another: the clinic's.</summary>
    public string ShownTimeZone => string.IsNullOrEmpty(Form.TimeZone) ? clinic.Zone.Id : Form.TimeZone;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Errors.AddAll(InputRules.Validate(Form)))
        {
            return Page();
        }

        var email = Form.Email!.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            var chosen = !string.IsNullOrEmpty(Form.TimeZone);
            var user = new AppUser
            {
                UserName = email, Email = email, CreatedAt = clock.GetUtcNow(), Language = Languages.Current,
                TimeZone = chosen ? Form.TimeZone! : clinic.Zone.Id, TimeZoneConfirmed = chosen,
            };
            IdentityResult created;
            try
            {
                created = await users.CreateAsync(user, Form.Password!);
            }
            catch (DbUpdateException)
            {
                // The unique index caught a registration that raced this one.
                created = IdentityResult.Failed();
            }

            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, Roles.Patient);
                await emails.SendConfirmationAsync(user, Back);
                return RedirectToPage("/Account/CheckEmail");
            }

            // Registered a moment ago by a request that raced this one: answer as for any existing address.
            existing = await users.FindByEmailAsync(email);
            if (existing is null)
            {
                Errors.Add(nameof(Input.Email), AccountStrings.RegisterEmailRefused);
                return Page();
            }
        }
        else
        {
            // The same password-hashing work a new account costs, so the time taken does not tell the two apart.
            hasher.HashPassword(existing, Form.Password!);
        }

        await (existing.EmailConfirmed ? emails.SendAlreadyRegisteredAsync(existing) : emails.SendConfirmationAsync(existing, Back));
        return RedirectToPage("/Account/CheckEmail");
    }

    private string? Back => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
}
