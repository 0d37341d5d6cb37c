namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// A number of visits and the period it counts over, from EB09 = VS with EB10 and EB06, or from an HSD with HSD01 = VS
/// (HSD05 and HSD06 for the period, HSD03 and HSD04 for a unit such as "one week").
/// </summary>
/// <param name="Period">EB06 or HSD05; null when the line gave none.</param>
/// <param name="PeriodCount">HSD06, how many periods: null for one.</param>
/// <param name="Unit">HSD03: WK, MO, YR, DA.</param>
/// <param name="UnitCount">HSD04, how many <see cref="Unit"/> make the period.</param>
public sealed record VisitLimit(
    int Visits, TimePeriod? Period, int? PeriodCount, string? Unit, decimal? UnitCount, NetworkIndicator Network, string ServiceType, int Segment)
{
    /// <summary>Whether the visits count over one year: a calendar year, a service (plan) year, or one year.</summary>
    public bool IsPerYear =>
        Period is TimePeriod.CalendarYear or TimePeriod.ServiceYear
        || (Period is TimePeriod.Years && PeriodCount is null or 1 && Unit is null)
        || (Period is null && Unit == "YR" && UnitCount == 1);

    /// <summary>Whether the visits are what is left (EB06 or HSD05 = 29), not the limit.</summary>
    public bool IsRemaining => Period is TimePeriod.Remaining;
}
