using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Export;

/// <summary>The patient's records as a JSON file, downloaded rather than shown, and kept out of every cache.</summary>
[Authorize(Roles = Roles.Patient)]
public class JsonModel(PatientExport export, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var records = await export.ForAsync(User.Id(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var day = IsoDate.Day(clock.GetUtcNow());
        return File(PatientExport.ToJson(records), "application/json", $"massagecoverage-records-{day}.json");
    }

    // Nothing is posted here: a POST answers 404 rather than rendering the page with nothing loaded.
    public IActionResult OnPost() => NotFound();
}
