namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The benefit period that holds the as-of date, both ends inclusive: the calendar year, or the plan year that starts
/// on day 1 of the rule's start month. Visits counted against the cap renew on the day after <see cref="End"/>.
/// </summary>
public sealed record BenefitPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The period of <paramref name="rule"/> holding <paramref name="asOf"/>.</summary>
    /// <remarks>
    /// A plan year without a start month in 1-12 (the import refuses one) is read as starting in January, which is the
    /// calendar year. Years before 1 and after 9999 do not exist, so a period is cut at the ends of the calendar.
    /// </remarks>
    public static BenefitPeriod Holding(RuleTerms rule, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var month = rule.BenefitPeriod == BenefitPeriodKind.PlanYear && rule.PlanYearStartMonth is >= 1 and <= 12 and var m ? m : 1;
        var startYear = asOf.Month >= month ? asOf.Year : asOf.Year - 1;
        if (startYear < DateOnly.MinValue.Year)
        {
            return new(DateOnly.MinValue, new DateOnly(DateOnly.MinValue.Year, month - 1, 1).AddMonths(1).AddDays(-1));
        }

        var start = new DateOnly(startYear, month, 1);
        var end = month == 1 ? new DateOnly(startYear, 12, 31)
            : startYear == DateOnly.MaxValue.Year ? DateOnly.MaxValue
            : start.AddYears(1).AddDays(-1);
        return new(start, end);
    }

    /// <summary>The day visits renew; null when the period ends on the last day of the calendar.</summary>
    public DateOnly? RenewsOn() => End < DateOnly.MaxValue ? End.AddDays(1) : null;
}
