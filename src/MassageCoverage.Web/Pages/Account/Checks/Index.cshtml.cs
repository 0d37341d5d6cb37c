using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Checks;

[Authorize(Roles = Roles.Patient)]
public class IndexModel(SavedCheckStore saved, PatientClock clock) : PageModel
{
    public sealed record Row(long Id, DateTimeOffset SavedAt, string? Label, CheckSnapshot Snapshot);

    public IReadOnlyList<Row> Checks { get; private set; } = [];

    /// <summary>The patient's zone, in which each saved check's day is shown.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateOnly Day(DateTimeOffset at) => PatientClock.DayIn(at, Zone);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zone = await clock.ZoneAsync(User.Id(), cancellationToken);
        var checks = await saved.OwnedBy(User.Id())
            .OrderByDescending(c => c.SavedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.SavedAt, c.Label, c.Snapshot })
            .ToListAsync(cancellationToken);
        Checks = [.. checks.Select(c => new Row(c.Id, c.SavedAt, c.Label, CheckSnapshot.FromJson(c.Snapshot)))];
    }
}
