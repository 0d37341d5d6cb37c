namespace MassageCoverage.Core.Coverage.Calls;

/// <summary>A term a representative can be asked about and a rule records; stored by name in a discrepancy report.</summary>
public enum CallField
{
    Covered,
    VisitsPerYear,
    ReferralNeeded,
    PriorAuthorizationNeeded,
}
