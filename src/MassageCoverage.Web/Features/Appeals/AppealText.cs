using MassageCoverage.Core.Appeals;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Appeals;

/// <summary>The words of appeals in the reader's language: kinds of plan, reasons, steps, statuses, and days left.</summary>
public static class AppealText
{
    public static IReadOnlyList<(AppealRoute Value, string Label)> Routes =>
    [
        (AppealRoute.Private, AppealStrings.RoutePrivate),
        (AppealRoute.MedicareAdvantage, AppealStrings.RouteMedicareAdvantage),
        (AppealRoute.OriginalMedicare, AppealStrings.RouteOriginalMedicare),
        (AppealRoute.MedicaidManagedCare, AppealStrings.RouteMedicaidManagedCare),
        (AppealRoute.MedicaidFeeForService, AppealStrings.RouteMedicaidFeeForService),
        (AppealRoute.NotSure, AppealStrings.RouteNotSure),
    ];

    public static IReadOnlyList<(DenialReason Value, string Label)> Reasons =>
    [
        (DenialReason.NotMedicallyNecessary, AppealStrings.ReasonNotMedicallyNecessary),
        (DenialReason.MaintenanceCare, AppealStrings.ReasonMaintenanceCare),
        (DenialReason.DiagnosisNotSupported, AppealStrings.ReasonDiagnosisNotSupported),
        (DenialReason.VisitLimitExceeded, AppealStrings.ReasonVisitLimitExceeded),
        (DenialReason.IncompleteDocumentation, AppealStrings.ReasonIncompleteDocumentation),
        (DenialReason.WellnessService, AppealStrings.ReasonWellnessService),
        (DenialReason.Other, AppealStrings.ReasonOther),
    ];

    public static IReadOnlyList<(AppealOutcome Value, string Label)> Outcomes =>
    [
        (AppealOutcome.Approved, AppealStrings.OutcomeApproved),
        (AppealOutcome.PartlyApproved, AppealStrings.OutcomePartlyApproved),
        (AppealOutcome.Upheld, AppealStrings.OutcomeUpheld),
    ];

    public static string Route(AppealRoute route) => Routes.First(r => r.Value == route).Label;

    public static string Reason(DenialReason reason) => Reasons.First(r => r.Value == reason).Label;

    public static string Outcome(AppealOutcome outcome) => Outcomes.First(o => o.Value == outcome).Label;

    public static string Status(AppealStatus status) => status switch
    {
        AppealStatus.NotStarted => AppealStrings.StatusNotStarted,
        AppealStatus.Drafted => AppealStrings.StatusDrafted,
        AppealStatus.Sent => AppealStrings.StatusSent,
        _ => AppealStrings.StatusDecided,
    };

    public static string Step(AppealStep step) => step switch
    {
        AppealStep.InternalAppeal => AppealStrings.StepInternalAppeal,
        AppealStep.ExternalReview => AppealStrings.StepExternalReview,
        AppealStep.Reconsideration => AppealStrings.StepReconsideration,
        AppealStep.Redetermination => AppealStrings.StepRedetermination,
        AppealStep.PlanAppeal => AppealStrings.StepPlanAppeal,
        _ => AppealStrings.StepFairHearing,
    };

    /// <summary>"You have until 29 August 2026 to ask for an internal appeal to your plan: 180 days from the date on the notice."</summary>
    public static string Deadline(AppealDeadline deadline, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Months > 0
            ? Words.Format(AppealStrings.DeadlineMonths, Words.Date(dueOn), Step(deadline.Step), deadline.Months)
            : Words.Format(AppealStrings.DeadlineDays, Words.Date(dueOn), Step(deadline.Step), deadline.Days);
    }

    /// <summary>"12 days left", "1 day left", "Due today" or "Passed".</summary>
    public static string Left(DateOnly dueOn, DateOnly today)
    {
        var days = dueOn.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => AppealStrings.Overdue,
            0 => AppealStrings.DueToday,
            1 => AppealStrings.OneDayLeft,
            _ => Words.Format(AppealStrings.DaysLeft, days),
        };
    }
}
