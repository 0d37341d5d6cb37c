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

namespace MassageCoverage.Web.Pages.Account.Denials;

[Authorize(Roles = Roles.Patient)]
public class DeleteModel(CoverageDbContext db, DenialRecords records, AuditTrail audit, ILogger<DeleteModel> logger) : PageModel
{
    public Denial Denial { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var denial = await records.FindAsync(User.Id(), id, cancellationToken);
        if (denial is null)
        {
            return NotFound();
        }

        Denial = denial;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var denial = await records.FindAsync(User.Id(), id, cancellationToken);
        if (denial is null)
        {
            return NotFound();
        }

        db.Denials.Remove(denial);
        audit.Add(User.Id(), AuditEntities.Denial, id.ToString(CultureInfo.InvariantCulture), AuditActions.Delete);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.Denial, id, AuditActions.Delete);
        return RedirectToPage("Index");
    }
}
