using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.FollowThrough;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Calls;

[Authorize(Roles = Roles.Patient)]
public class IndexModel(CoverageDbContext db, PatientClock clock) : PageModel
{
    /// <summary>How far ahead the follow-up list looks for promises coming due.</summary>
    public const int FollowUpDays = DueList.PromiseDays;

    public IReadOnlyList<InsurerCall> Calls { get; private set; } = [];
    public IReadOnlyList<CallPromise> FollowUp { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.Id();
        Zone = await clock.ZoneAsync(owner, cancellationToken);
        Today = await clock.TodayAsync(owner, cancellationToken);
        Calls = await db.InsurerCalls.AsNoTracking().Include(c => c.Promises).Where(c => c.OwnerId == owner)
            .OrderByDescending(c => c.CalledAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var until = Today.AddDays(FollowUpDays);
        FollowUp = await db.CallPromises.AsNoTracking().Include(p => p.Call)
            .Where(p => p.Call.OwnerId == owner && !p.Done && p.DueOn <= until)
            .OrderBy(p => p.DueOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    public string Local(InsurerCall call) => Words.DateTime(TimeZoneInfo.ConvertTime(call.CalledAt, Zone).DateTime);

    /// <summary>For a call at a time that happened twice, which of the two its record holds.</summary>
    public string? Twice(InsurerCall call) => LocalTime.Twice(call.CalledAt, Zone)?.Explain(Zone);

    public string Due(CallPromise promise) => DueText.When(promise.DueOn, Today);
}
