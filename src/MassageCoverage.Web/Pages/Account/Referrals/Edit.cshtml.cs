using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Referrals;

/// <summary>
/// Edits one of the patient's own referrals. The form carries the row version it was opened with; a save over a
/// newer version is refused and the saved values are shown beside the patient's, so nobody's change is lost.
/// </summary>
[Authorize(Roles = Roles.Patient)]
public class EditModel(CoverageDbContext db, AuditTrail audit, PatientClock clock, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public ReferralForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>The values saved by someone else since this form was opened; set only on a refused save.</summary>
    public ReferralForm? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var referral = await FindAsync(id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        Form = ReferralForm.From(referral);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var owner = User.Id();
        var referral = await FindAsync(id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        if (!Errors.AddAll(new ReferralForm.Validator(await clock.TodayAsync(owner, cancellationToken)).Validate(Form)))
        {
            return Page();
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = Form.Version;
        Form.ApplyTo(referral);
        referral.UpdatedAt = clock.UtcNow;
        audit.Add(owner, AuditEntities.Referral, id.ToString(CultureInfo.InvariantCulture), AuditActions.Update);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            RecordsLog.Stale(logger, AuditEntities.Referral, id);
            db.ChangeTracker.Clear();
            var current = await FindAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            Saved = ReferralForm.From(current);
            // Saving again from here is a deliberate choice made with the other values in view.
            Form.Version = current.Version;
            return Page();
        }

        RecordsLog.Changed(logger, AuditEntities.Referral, id, AuditActions.Update);
        return RedirectToPage("Index");
    }

    private Task<Referral?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Referrals.SingleOrDefaultAsync(r => r.Id == id && r.OwnerId == User.Id(), cancellationToken);
}
