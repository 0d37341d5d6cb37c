using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>One denial: what the plan said, the deadline that matters now with its source, the letter, and where the appeal stands.</summary>
[Authorize(Roles = Roles.Patient)]
public class DetailsModel(DenialRecords records, PatientClock clock) : PageModel
{
    public Denial Denial { get; private set; } = null!;

    public AppealTimeline Timeline { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public string? ReferralLabel { get; private set; }

    public string? CheckLabel { get; private set; }

    [BindProperty]
    public AppealStatusForm Status { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>Set when the status save was refused because the denial changed since the page was opened.</summary>
    public bool Conflict { get; private set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Status = AppealStatusForm.From(Denial);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Errors.AddAll(new AppealStatusForm.Validator(Denial.NoticeDate, Today).Validate(Status)))
        {
            return Page();
        }

        Status.ApplyTo(Denial);
        if (!await records.SaveChangeAsync(User.Id(), Denial, Status.Version, cancellationToken))
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            Conflict = true;
            Status = AppealStatusForm.From(Denial);
            return Page();
        }

        return RedirectToPage(new { id, saved = true });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var owner = User.Id();
        if (await records.FindAsync(owner, id, cancellationToken) is not { } denial)
        {
            return false;
        }

        Denial = denial;
        Today = await clock.TodayAsync(owner, cancellationToken);
        Timeline = AppealTimeline.Of(denial, AppealDeadlineFile.Deadlines);
        var choices = await records.ChoicesAsync(owner, cancellationToken);
        ReferralLabel = choices.Referrals.FirstOrDefault(r => r.Id == denial.ReferralId).Label;
        CheckLabel = choices.Checks.FirstOrDefault(c => c.Id == denial.SavedCheckId).Label;
        return true;
    }
}
