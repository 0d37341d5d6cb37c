using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>
/// Says what deleting one account takes with it, then deletes it. The last active admin and the admin's own account
/// are refused with the reason and without a delete button; a post that meets either anyway answers 409.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class DeleteUserModel(UserAdministration admin) : PageModel
{
    /// <summary>The key of a refusal in <see cref="Errors"/>: the summary links to the list of what would go.</summary>
    public const string RefusalField = "Account";

    /// <summary>Null when there is no such account, or no longer.</summary>
    public DeletionPreview? Account { get; private set; }

    public FormErrors Errors { get; } = new();

    public bool IsOwnAccount => Account?.Id == User.Id();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Account = await admin.PreviewDeletionAsync(User.Id(), id, cancellationToken);
        if (Account?.Refusal is { } refusal)
        {
            Errors.Add(RefusalField, refusal);
        }

        return Account is null ? Gone() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var result = await admin.DeleteAsync(User.Id(), id, cancellationToken);
        if (result.Error is null)
        {
            return RedirectToPage("/Admin/Users", new { deleted = true });
        }

        Account = result.Missing ? null : await admin.PreviewDeletionAsync(User.Id(), id, cancellationToken);
        if (Account is null)
        {
            return Gone();
        }

        Errors.Add(RefusalField, result.Error);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>
    /// Not found, on this page rather than the generic one, so an admin who lost a race reads that the account is
    /// already gone and nothing was changed.
    /// </summary>
    private PageResult Gone()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
