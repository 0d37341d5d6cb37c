using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Checks;

/// <summary>A saved check shown exactly as it was saved.</summary>
[Authorize(Roles = Roles.Patient)]
public class DetailsModel(SavedCheckStore saved, PatientClock clock) : PageModel
{
    public long Id { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public string? Label { get; private set; }
    public CheckSnapshot Snapshot { get; private set; } = null!;

    /// <summary>Set when the result page saved it a moment ago: the page says so.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    /// <summary>The day it was saved, in the patient's zone.</summary>
    public DateOnly SavedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var check = await saved.FindAsync(User.Id(), id, cancellationToken);
        if (check is null)
        {
            return NotFound();
        }

        (Id, SavedAt, Label, Snapshot) = (check.Id, check.SavedAt, check.Label, CheckSnapshot.FromJson(check.Snapshot));
        SavedOn = PatientClock.DayIn(check.SavedAt, await clock.ZoneAsync(User.Id(), cancellationToken));
        return Page();
    }

    // Nothing is posted here: a POST answers 404 rather than rendering the page with nothing loaded.
    public IActionResult OnPost(long id) => NotFound();
}
