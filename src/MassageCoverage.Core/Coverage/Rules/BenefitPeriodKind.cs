namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The period a rule's visit cap counts over: the calendar year, or a plan year that starts on the first day of
/// <see cref="CoverageRule.PlanYearStartMonth"/>. Visits renew on the day after the period ends.
/// </summary>
public enum BenefitPeriodKind
{
    CalendarYear,
    PlanYear,
}
