using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Denials;

[Authorize(Roles = Roles.Patient)]
public class CreateModel(CoverageDbContext db, DenialRecords records, AuditTrail audit, PatientClock clock, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public DenialForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public DenialChoices Choices { get; private set; } = new([], []);

    /// <summary>A saved check to start from ("Record a denial" on a saved check's page).</summary>
    [BindProperty(SupportsGet = true, Name = "check")]
    public long? FromCheck { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await records.ChoicesAsync(User.Id(), cancellationToken);
        Form.ServiceCode = CptCodes.Massage;
        if (FromCheck is { } check && Choices.Checks.Any(c => c.Id == check))
        {
            Form.SavedCheckId = check.ToString(CultureInfo.InvariantCulture);
        }

        if (Choices.Referrals.Count == 1)
        {
            Form.ReferralId = Choices.Referrals[0].Id.ToString(CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var owner = User.Id();
        Errors.AddAll(new DenialForm.Validator(await clock.TodayAsync(owner, cancellationToken)).Validate(Form));
        var (referral, check) = await records.LinksAsync(owner, Form, Errors, cancellationToken);
        if (Errors.Count > 0)
        {
            Choices = await records.ChoicesAsync(owner, cancellationToken);
            return Page();
        }

        var denial = new Denial { OwnerId = owner, Insurer = "", ServiceCode = "", CreatedAt = clock.UtcNow, UpdatedAt = clock.UtcNow };
        Form.ApplyTo(denial, referral, check);
        await db.Denials.AddAsync(denial, cancellationToken);
        audit.Add(owner, AuditEntities.Denial, denial.Id.ToString(CultureInfo.InvariantCulture), AuditActions.Create);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.Denial, denial.Id, AuditActions.Create);
        return RedirectToPage("Details", new { id = denial.Id, saved = true });
    }
}
