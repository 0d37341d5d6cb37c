using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>
/// Lists accounts, searched by email, 25 to a page; invites staff and admins by email (they choose their own password);
/// changes roles; locks and unlocks; links to deletion. Every change is audited.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class UsersModel(UserAdministration admin, Microsoft.Extensions.Options.IOptionsMonitor<Features.Accounts.TwoFactor.SecurityOptions> security) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
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

    public const int PageSize = 25;

    /// <summary>Part of an email address.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool TwoFactorRequired => security.CurrentValue.RequireTwoFactorForStaff;

    public string? Status { get; private set; }
    public string? Problem { get; private set; }

    /// <param name="deleted">Set by the delete page's redirect; the address never names the account.</param>
    public async Task OnGetAsync(bool deleted, CancellationToken cancellationToken)
    {
        Status = deleted ? "Account deleted." : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (Errors.AddAll(InputRules.Validate(Form)))
        {
            var email = Form.Email!.Trim();
            var result = await admin.InviteAsync(User.Id(), email, Form.Role!);
            if (result.Error is null)
            {
                Status = $"Invitation sent to {Quoted.Text(email)} ({Form.Role}): they choose their own password from the link in it.";
                Search = email;
                PageNumber = 1;
                Form = new() { Role = Roles.Staff };
            }
            else
            {
                Errors.Add(nameof(Input.Email), result.Error);
            }
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostInviteAgainAsync(string id, CancellationToken cancellationToken) =>
        await ReportAsync(await admin.InviteAgainAsync(User.Id(), id), "Invitation sent again.", cancellationToken);

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
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var first = await admin.ListAsync(Search, PageNumber, PageSize, cancellationToken);
        Total = first.Total;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Users = first.Rows.Count > 0 || Total == 0 ? first.Rows : (await admin.ListAsync(Search, PageNumber, PageSize, cancellationToken)).Rows;
    }

    /// <summary>The search and a page, for the pager's links.</summary>
    public Dictionary<string, string?> Query(int page) => new()
    {
        ["q"] = Search,
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
