using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>Self-registration: it only ever creates patients. Staff and admins are created by an admin.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.AccountDoorsPolicy)]
public class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address.")
                .MaximumLength(256).WithMessage("Enter an email address of at most 256 characters.")
                .EmailAddress().WithMessage("Enter an email address like name@example.com.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
                .MinimumLength(12).WithMessage("Choose a password of at least 12 characters; a short sentence works well.")
                .MaximumLength(128).WithMessage("Choose a password of at most 128 characters.");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("Type the same password again.");
        }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Errors.AddAll(new InputValidator().Validate(Form)))
        {
            return Page();
        }

        var email = Form.Email!.Trim();
        var user = new AppUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, Form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                Errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.Email),
                    error.Code is "DuplicateUserName" or "DuplicateEmail"
                        ? "An account with this email address already exists. Sign in, or reset your password."
                        : error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Patient);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/account");
    }
}
