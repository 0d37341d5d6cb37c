using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Checks;

[Authorize(Roles = Roles.Patient)]
public class DeleteModel(SavedCheckStore saved) : PageModel
{
    public CheckSnapshot Snapshot { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var check = await saved.FindAsync(User.Id(), id, cancellationToken);
        if (check is null)
        {
            return NotFound();
        }

        Snapshot = CheckSnapshot.FromJson(check.Snapshot);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        await saved.DeleteAsync(User.Id(), id, cancellationToken)
            ? RedirectToPage("/Account/Checks/Index")
            : NotFound();
}
