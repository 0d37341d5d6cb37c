using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Export;

[Authorize(Roles = Roles.Patient)]
public class PrintModel(PatientExport export, PatientClock clock) : PageModel
{
    public PatientRecords Records { get; private set; } = null!;

    /// <summary>The patient's zone, in which each day on the page is shown.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateOnly Day(DateTimeOffset at) => PatientClock.DayIn(at, Zone);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Records = await export.ForAsync(User.Id(), cancellationToken);
        Zone = await clock.ZoneAsync(User.Id(), cancellationToken);
    }

    // Nothing is posted here: a POST answers 404 rather than rendering the page with nothing loaded.
    public IActionResult OnPost() => NotFound();
}
