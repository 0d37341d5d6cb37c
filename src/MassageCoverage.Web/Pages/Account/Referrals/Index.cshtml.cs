using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Referrals;

[Authorize(Roles = Roles.Patient)]
public class IndexModel(CoverageDbContext db, PatientClock clock) : PageModel
{
    public IReadOnlyList<Referral> Referrals { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.Id();
        Today = await clock.TodayAsync(owner, cancellationToken);
        Referrals = await db.Referrals.AsNoTracking().Where(r => r.OwnerId == owner)
            .OrderBy(r => r.ExpiresOn).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public string Expiry(Referral referral)
    {
        var days = referral.ExpiresOn.DayNumber - Today.DayNumber;
        return days switch
        {
            < 0 => RecordStrings.ReferralExpired,
            0 => RecordStrings.ReferralExpiresToday,
            1 => RecordStrings.ReferralOneDayLeft,
            _ => Words.Format(RecordStrings.ReferralDaysLeft, days),
        };
    }
}
