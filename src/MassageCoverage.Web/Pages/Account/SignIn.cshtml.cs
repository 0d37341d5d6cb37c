using FluentValidation;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Resources;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace MassageCoverage.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccountSetup.SignInPolicy)]
public class SignInModel(AccountSignIn accounts, UserManager<AppUser> users) : PageModel
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
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => AccountStrings.SignInEnterEmail);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => AccountStrings.SignInEnterPassword);
        }
    }

    /// <summary>One instance for every request: it holds no state, and FluentValidation validators are thread-safe then.</summary>
    private static readonly InputValidator InputRules = new();

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
        if (!Errors.AddAll(InputRules.Validate(Form)))
        {
            return Page();
        }

        var (outcome, retryAfter) = await accounts.SignInAsync(Form.Email!.Trim(), Form.Password!);
        // An explicit local return address wins; otherwise each role lands on its own console.
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(back ?? await Landing.ForAsync(users, await users.FindByEmailAsync(Form.Email.Trim())));
            case SignInOutcome.TwoFactorRequired:
                return RedirectToPage("/Account/TwoFactor/SignIn", new { returnUrl = back });
            case SignInOutcome.ConfirmEmailFirst:
                Errors.Add(nameof(Input.Email), AccountStrings.SignInConfirmFirst);
                break;
            case SignInOutcome.TooManyAttempts:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = AccountSetup.RetryAfterSeconds(retryAfter);
                Errors.Add(nameof(Input.Password), AccountStrings.SignInTooMany);
                break;
            default:
                // One message for an unknown email, a wrong password and a locked account: none tells which it was.
                Errors.Add(nameof(Input.Password), AccountStrings.SignInRefused);
                break;
        }

        Form.Password = null;
        return Page();
    }
}
