using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccountSetup.AccountDoorsPolicy)]
public class SignInModel(SignInManager<AppUser> signIn) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var result = await signIn.PasswordSignInAsync(Form.Email!.Trim(), Form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
        }

        Errors.Add(nameof(Input.Password), result.IsLockedOut
            ? "This account is locked for 15 minutes after 5 failed sign-ins. Try again later, or reset your password."
            : "The email address or password is not right.");
        Form.Password = null;
        return Page();
    }
}
