using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>
/// Edits one of the patient's own denials over the row version it was opened with: a save over a newer version is
/// refused and the saved values are shown beside the patient's, so nobody's change is lost.
/// </summary>
[Authorize(Roles = Roles.Patient)]
public class EditModel(DenialRecords records, PatientClock clock) : PageModel
{
    [BindProperty]
    public DenialForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public DenialChoices Choices { get; private set; } = new([], []);

    /// <summary>The values saved elsewhere since this form was opened; set only on a refused save.</summary>
    public DenialForm? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var denial = await records.FindAsync(User.Id(), id, cancellationToken);
        if (denial is null)
        {
            return NotFound();
        }

        Form = DenialForm.From(denial);
        Choices = await records.ChoicesAsync(User.Id(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var owner = User.Id();
        var denial = await records.FindAsync(owner, id, cancellationToken);
        if (denial is null)
        {
            return NotFound();
        }

        Errors.AddAll(new DenialForm.Validator(await clock.TodayAsync(owner, cancellationToken)).Validate(Form));
        var (referral, check) = await records.LinksAsync(owner, Form, Errors, cancellationToken);
        if (Errors.Count > 0)
        {
            Choices = await records.ChoicesAsync(owner, cancellationToken);
            return Page();
        }

        Form.ApplyTo(denial, referral, check);
        if (!await records.SaveChangeAsync(owner, denial, Form.Version, cancellationToken))
        {
            var current = await records.FindAsync(owner, id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            Saved = DenialForm.From(current);
            Form.Version = current.Version;
            Choices = await records.ChoicesAsync(owner, cancellationToken);
            return Page();
        }

        return RedirectToPage("Details", new { id, saved = true });
    }
}
