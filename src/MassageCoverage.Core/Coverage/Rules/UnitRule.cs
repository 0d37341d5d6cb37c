namespace MassageCoverage.Core.Coverage;

/// <summary>
/// How minutes of timed codes become billable 15-minute units (docs/domain.md section 2): the Medicare 8-minute rule
/// adds the minutes of all timed codes first; commercial payers may use the CPT midpoint rule per code instead. For a
/// single timed code both give the same units.
/// </summary>
public enum UnitRule
{
    CmsEightMinute,
    CptMidpoint,
}
