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

[Authorize(Roles = Roles.Patient)]
public class DeleteModel(CoverageDbContext db, AuditTrail audit, ILogger<DeleteModel> logger) : PageModel
{
    public Referral Referral { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var referral = await FindAsync(id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        Referral = referral;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var referral = await FindAsync(id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        db.Referrals.Remove(referral);
        audit.Add(User.Id(), AuditEntities.Referral, id.ToString(CultureInfo.InvariantCulture), AuditActions.Delete);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.Referral, id, AuditActions.Delete);
        return RedirectToPage("Index");
    }

    private Task<Referral?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Referrals.SingleOrDefaultAsync(r => r.Id == id && r.OwnerId == User.Id(), cancellationToken);
}
