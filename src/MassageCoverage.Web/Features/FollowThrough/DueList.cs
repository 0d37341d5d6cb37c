using System.Globalization;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.FollowThrough;

/// <summary>What a thing due is about; each has its own words and its own action.</summary>
public enum DueKind
{
    /// <summary>Something an insurer's representative promised on a call (a letter, a call back).</summary>
    Promise,

    /// <summary>A referral that expires within <see cref="DueList.ReferralDays"/> days.</summary>
    ReferralExpiring,

    /// <summary>A referral that expired within the last <see cref="DueList.ExpiredShownDays"/> days.</summary>
    ReferralExpired,

    /// <summary>A referral with <see cref="DueList.FewVisits"/> or fewer of its visits left.</summary>
    ReferralVisits,

    /// <summary>The last saved check said <see cref="DueList.FewVisits"/> or fewer of the plan's visits were left.</summary>
    PlanVisits,

    /// <summary>The last saved check said prior authorization is needed before the next visit.</summary>
    PriorAuthorization,

    /// <summary>The deadline to appeal a denial (or to take its next step).</summary>
    AppealDeadline,
}

/// <summary>
/// One thing due. <see cref="Date"/> is null for what is due now rather than on a day (visits nearly used). <see cref="Key"/>
/// names it for good: the same thing on the same day has the same key, so a reminder is sent once; a promise moved to
/// another day, or a referral down to one visit from two, is a new thing to remind of. <see cref="Detail"/> holds the
/// patient's own words (what was promised, by whom); it is shown on their own pages only, never mailed nor put in a calendar.
/// </summary>
public sealed record DueItem(DueKind Kind, long RecordId, DateOnly? Date, int? Count, string? Detail, long? ParentId = null)
{
    /// <summary>The record its page shows: the call a promise was made on, or the record itself.</summary>
    public long PageId => ParentId ?? RecordId;

    public string Key => Date is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}-{RecordId}-{date:yyyyMMdd}")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}-{RecordId}-n{Count}");

    public bool IsOverdue(DateOnly today) => Date < today;
}

/// <summary>
/// What a patient has to do next, soonest first, from their own records: promises overdue or due within two weeks,
/// referrals expiring within 30 days (or expired in the last 30) or with two visits or fewer left, what their last saved
/// check said about visits left and prior authorization, and their appeal deadlines. Computed on each request from
/// the records, never stored, so a change to a record changes the list at once.
/// </summary>
public sealed class DueList(CoverageDbContext db)
{
    public const int PromiseDays = 14;
    public const int ReferralDays = 30;
    public const int ExpiredShownDays = 30;
    public const int FewVisits = 2;

    /// <summary>How long a passed appeal deadline stays on the list, saying to call the plan.</summary>
    public const int PassedDeadlineShownDays = 30;

    public async Task<IReadOnlyList<DueItem>> ForAsync(string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        var promiseUntil = today.AddDays(PromiseDays);
        var promises = await db.CallPromises.AsNoTracking()
            .Where(p => p.Call.OwnerId == ownerId && !p.Done && p.DueOn <= promiseUntil)
            .Select(p => new { p.Id, p.DueOn, p.What, p.Call.Insurer, p.CallId })
            .ToListAsync(cancellationToken);
        items.AddRange(promises.Select(p => new DueItem(DueKind.Promise, p.Id, p.DueOn, null, $"{p.What} ({p.Insurer})", p.CallId)));

        var shownFrom = today.AddDays(-ExpiredShownDays);
        var referralUntil = today.AddDays(ReferralDays);
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.OwnerId == ownerId && r.ExpiresOn >= shownFrom
                && (r.ExpiresOn <= referralUntil || r.VisitsPrescribed - r.VisitsUsed <= FewVisits))
            .Select(r => new { r.Id, r.ExpiresOn, r.PrescriberName, Left = r.VisitsPrescribed - r.VisitsUsed })
            .ToListAsync(cancellationToken);
        foreach (var r in referrals)
        {
            if (r.ExpiresOn < today)
            {
                items.Add(new DueItem(DueKind.ReferralExpired, r.Id, r.ExpiresOn, null, r.PrescriberName));
                continue;
            }

            if (r.ExpiresOn <= referralUntil)
            {
                items.Add(new DueItem(DueKind.ReferralExpiring, r.Id, r.ExpiresOn, null, r.PrescriberName));
            }

            if (r.Left <= FewVisits)
            {
                items.Add(new DueItem(DueKind.ReferralVisits, r.Id, null, Math.Max(r.Left, 0), r.PrescriberName));
            }
        }

        var last = await db.SavedChecks.AsNoTracking().Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.SavedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Snapshot }).FirstOrDefaultAsync(cancellationToken);
        if (last is not null)
        {
            var snapshot = CheckSnapshot.FromJson(last.Snapshot);
            if (snapshot.VisitsLeft is { } left && left <= FewVisits)
            {
                items.Add(new DueItem(DueKind.PlanVisits, last.Id, null, left, snapshot.Plan ?? snapshot.State));
            }

            if (snapshot.PriorAuthorization == nameof(PriorAuthorizationStatus.AuthNeeded))
            {
                items.Add(new DueItem(DueKind.PriorAuthorization, last.Id, null, null, snapshot.Plan ?? snapshot.State));
            }
        }

        var open = await db.Denials.AsNoTracking()
            .Where(d => d.OwnerId == ownerId && !(d.Status == AppealStatus.Decided && d.Outcome == AppealOutcome.Approved))
            .ToListAsync(cancellationToken);
        var passedShownFrom = today.AddDays(-PassedDeadlineShownDays);
        foreach (var denial in open)
        {
            var timeline = AppealTimeline.Of(denial, AppealDeadlineFile.Deadlines);
            if (timeline is { Stage: AppealStage.FirstAppeal or AppealStage.NextStep, DueOn: { } due } && due >= passedShownFrom)
            {
                items.Add(new DueItem(DueKind.AppealDeadline, denial.Id, due, null, denial.Insurer));
            }
        }

        // Soonest first; what is due now (no day) sits with today's.
        return [.. items.OrderBy(i => i.Date ?? today).ThenBy(i => i.Kind).ThenBy(i => i.RecordId)];
    }
}
