using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Export;

[Authorize(Roles = Roles.Patient)]
public class PrintModel(PatientExport export) : PageModel
{
    public PatientRecords Records { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Records = await export.ForAsync(User.Id(), cancellationToken);
    }

    // Nothing is posted here: a POST answers 404 rather than rendering the page with nothing loaded.
    public IActionResult OnPost() => NotFound();
}
