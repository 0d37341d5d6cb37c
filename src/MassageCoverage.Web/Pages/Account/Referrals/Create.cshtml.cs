using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Referrals;

[Authorize(Roles = Roles.Patient)]
public class CreateModel(CoverageDbContext db, AuditTrail audit, PatientClock clock, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public ReferralForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        Form.VisitsUsed = "0";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var owner = User.Id();
        if (!Errors.AddAll(new ReferralForm.Validator(await clock.TodayAsync(owner, cancellationToken)).Validate(Form)))
        {
            return Page();
        }

        var referral = new Referral { OwnerId = owner, PrescriberName = "", PrescriberNpi = "", CreatedAt = clock.UtcNow, UpdatedAt = clock.UtcNow };
        Form.ApplyTo(referral);
        await db.Referrals.AddAsync(referral, cancellationToken);
        audit.Add(owner, AuditEntities.Referral, referral.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Create);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.Referral, referral.Id, AuditActions.Create);
        return RedirectToPage("Index");
    }
}
