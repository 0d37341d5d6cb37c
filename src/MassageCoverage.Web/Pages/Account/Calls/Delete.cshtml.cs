using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Calls;

[Authorize(Roles = Roles.Patient)]
public class DeleteModel(CoverageDbContext db, AuditTrail audit, PatientClock clock, ILogger<DeleteModel> logger) : PageModel
{
    public InsurerCall Call { get; private set; } = null!;
    public string CalledAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        Call = call;
        CalledAt = Words.DateTime(TimeZoneInfo.ConvertTime(call.CalledAt, await clock.ZoneAsync(User.Id(), cancellationToken)).DateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        var actor = User.Id();
        foreach (var promise in call.Promises)
        {
            audit.Add(actor, AuditEntities.CallPromise, promise.Id.ToString(CultureInfo.InvariantCulture), AuditActions.Delete);
        }

        db.InsurerCalls.Remove(call);
        audit.Add(actor, AuditEntities.InsurerCall, id.ToString(CultureInfo.InvariantCulture), AuditActions.Delete);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.InsurerCall, id, AuditActions.Delete);
        return RedirectToPage("Index");
    }

    private Task<InsurerCall?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.InsurerCalls.Include(c => c.Promises).SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == User.Id(), cancellationToken);
}
