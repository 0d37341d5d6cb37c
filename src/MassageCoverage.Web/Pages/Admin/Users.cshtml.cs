using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>Lists accounts; creates staff and admins; changes roles; locks and unlocks; links to deletion. Every change is audited.</summary>
[Authorize(Roles = Roles.Admin)]
public class UsersModel(UserAdministration admin, Microsoft.Extensions.Options.IOptionsMonitor<Features.Accounts.TwoFactor.SecurityOptions> security) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Role { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter an email address.")
                .EmailAddress().WithMessage("Enter an email address like name@example.org.");
            RuleFor(x => x.Role).Must(r => r is Roles.Staff or Roles.Admin).WithMessage("Choose staff or admin.");
        }
    }

    /// <summary>One instance for every request: it holds no state, and FluentValidation validators are thread-safe then.</summary>
    private static readonly InputValidator InputRules = new();

    [BindProperty]
    public Input Form { get; set; } = new() { Role = Roles.Staff };

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public bool TwoFactorRequired => security.CurrentValue.RequireTwoFactorForStaff;

    /// <summary>The new account's password, shown on this response only and never stored in clear or audited.</summary>
    public string? CreatedPassword { get; private set; }

    public string? Status { get; private set; }
    public string? Problem { get; private set; }

    /// <param name="deleted">Set by the delete page's redirect; the address never names the account.</param>
    public async Task OnGetAsync(bool deleted, CancellationToken cancellationToken)
    {
        Status = deleted ? "Account deleted." : null;
        Users = await admin.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (Errors.AddAll(InputRules.Validate(Form)))
        {
            var password = string.IsNullOrWhiteSpace(Form.Password) ? AccountSeeder.NewPassword() : Form.Password;
            var result = await admin.CreateAsync(User.Id(), Form.Email!.Trim(), password, Form.Role!);
            if (result.Error is null)
            {
                CreatedPassword = password;
                Status = $"Created {Quoted.Text(Form.Email)} as {Form.Role}.";
                Form = new() { Role = Roles.Staff };
            }
            else
            {
                Errors.Add(nameof(Input.Password), result.Error);
            }
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, bool patient, bool staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var wanted = new List<string>();
        if (patient) { wanted.Add(Roles.Patient); }
        if (staff) { wanted.Add(Roles.Staff); }
        if (isAdmin) { wanted.Add(Roles.Admin); }
        return await ReportAsync(await admin.SetRolesAsync(User.Id(), id, wanted), "Roles saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        await ReportAsync(await admin.SetLockedAsync(User.Id(), id, locked: true), "Account locked.", cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        await ReportAsync(await admin.SetLockedAsync(User.Id(), id, locked: false), "Account unlocked.", cancellationToken);

    private async Task<IActionResult> ReportAsync(AdminResult result, string done, CancellationToken cancellationToken)
    {
        Status = result.Error is null ? done : null;
        Problem = result.Error;
        if (result.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Users = await admin.ListAsync(cancellationToken);
        return Page();
    }
}
