using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Denials;

[Authorize(Roles = Roles.Patient)]
public class IndexModel(CoverageDbContext db, PatientClock clock) : PageModel
{
    public sealed record Row(Denial Denial, AppealTimeline Timeline);

    public IReadOnlyList<Row> Denials { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = await clock.TodayAsync(User.Id(), cancellationToken);
        var denials = await db.Denials.AsNoTracking().Where(d => d.OwnerId == User.Id())
            .OrderByDescending(d => d.NoticeDate).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        Denials = [.. denials.Select(d => new Row(d, AppealTimeline.Of(d, AppealDeadlineFile.Deadlines)))];
    }
}
