namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// An HSD segment: how much of a service a benefit allows over what period (docs/x12-271.md section 3). HSD*VS*20***23
/// is 20 visits a calendar year; HSD*VS*2*WK*1 is two visits a week.
/// </summary>
/// <param name="QuantityQualifier">HSD01: VS visits, DY days, HS hours, FL units.</param>
/// <param name="Quantity">HSD02.</param>
/// <param name="Unit">HSD03, the unit the modulus counts in: DA days, WK week, MO months, YR years, VS visit.</param>
/// <param name="Modulus">HSD04, how many <see cref="Unit"/> make one period (HSD*VS*2*WK*1: per one week).</param>
/// <param name="PeriodCode">HSD05 as sent; <see cref="Period"/> is its meaning.</param>
/// <param name="PeriodCount">HSD06, the number of periods.</param>
/// <param name="PatternCode">HSD07, the delivery pattern.</param>
/// <param name="TimeCode">HSD08, the delivery time.</param>
public sealed record ServiceDelivery(
    string? QuantityQualifier, decimal? Quantity, string? Unit, decimal? Modulus, string? PeriodCode, int? PeriodCount,
    string? PatternCode, string? TimeCode)
{
    public TimePeriod? Period => PeriodCode is null ? null : TimePeriods.Of(PeriodCode);
}
