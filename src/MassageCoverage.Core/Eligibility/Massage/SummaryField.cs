namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>A term of <see cref="MassageBenefitSummary"/> that the 271 answered in a way that gives no single value.</summary>
public enum SummaryField
{
    Status,
    Coinsurance,
    Copay,
    VisitsPerYear,
    VisitsRemaining,
    PriorAuthorization,
}
