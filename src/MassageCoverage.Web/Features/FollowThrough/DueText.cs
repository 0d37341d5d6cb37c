using System.Globalization;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.FollowThrough;

/// <summary>
/// The words for a thing due. <see cref="Text"/> and <see cref="Action"/> are for the patient's own pages and may
/// hold their words; <see cref="Short"/> and <see cref="ReminderLine"/> go to a mailbox or a calendar and say only the
/// kind of thing and its date or count, nothing the patient typed.
/// </summary>
public static class DueText
{
    public static string Text(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var detail = item.Detail ?? "";
        var count = (item.Count ?? 0).ToString(CultureInfo.CurrentCulture);
        return item.Kind switch
        {
            DueKind.Promise => Words.Format(DueStrings.Promise, detail),
            DueKind.ReferralExpiring => Words.Format(DueStrings.ReferralExpiring, detail),
            DueKind.ReferralExpired => Words.Format(DueStrings.ReferralExpired, detail),
            DueKind.ReferralVisits => Words.Format(DueStrings.ReferralVisits, detail, count),
            DueKind.PlanVisits => Words.Format(DueStrings.PlanVisits, detail, count),
            DueKind.PriorAuthorization => Words.Format(DueStrings.PriorAuthorization, detail),
            _ => Words.Format(DueStrings.Appeal, detail),
        };
    }

    /// <summary>The action's words and the address of the page that takes it.</summary>
    public static (string Label, string Path) Action(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = item.PageId.ToString(CultureInfo.InvariantCulture);
        return item.Kind switch
        {
            DueKind.Promise => (DueStrings.OpenCall, $"/account/calls/{id}/edit"),
            DueKind.ReferralExpiring or DueKind.ReferralExpired or DueKind.ReferralVisits => (DueStrings.OpenReferral, $"/account/referrals/{id}/edit"),
            DueKind.PlanVisits or DueKind.PriorAuthorization => (DueStrings.OpenCheck, $"/account/checks/{id}"),
            _ => (DueStrings.OpenDenial, $"/account/denials/{id}"),
        };
    }

    /// <summary>The kind of thing due, without anything the patient typed: a calendar event's title.</summary>
    public static string Headline(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var count = (item.Count ?? 0).ToString(CultureInfo.CurrentCulture);
        return item.Kind switch
        {
            DueKind.Promise => DueStrings.ShortPromise,
            DueKind.ReferralExpiring => DueStrings.ShortReferralExpiring,
            DueKind.ReferralExpired => DueStrings.ShortReferralExpired,
            DueKind.ReferralVisits => Words.Format(DueStrings.ShortReferralVisits, count),
            DueKind.PlanVisits => Words.Format(DueStrings.ShortPlanVisits, count),
            DueKind.PriorAuthorization => DueStrings.ShortPriorAuthorization,
            _ => DueStrings.ShortAppeal,
        };
    }

    /// <summary>One line of a reminder: "March 3, 2026: A referral runs out".</summary>
    public static string ReminderLine(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Date is { } date ? Words.Format(DueStrings.ReminderDated, Words.Date(date), Headline(item)) : Headline(item);
    }

    /// <summary>How far off it is: "in 3 days", "2 days overdue", "today"; "now" for what has no day.</summary>
    public static string When(DueItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Date is { } date ? When(date, today) : DueStrings.Now;
    }

    public static string When(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            -1 => RecordStrings.DueOverdueOne,
            < 0 => Words.Format(RecordStrings.DueOverdueMany, -days),
            0 => RecordStrings.DueToday,
            1 => RecordStrings.DueInOne,
            _ => Words.Format(RecordStrings.DueInMany, days),
        };
    }
}
