namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// What EB01 said about coverage: active (codes 1-5), inactive (6-8) or non-covered (I). <see cref="Unknown"/> is a
/// first-class answer: the payer gave no such line, or its lines disagree.
/// </summary>
public enum CoverageStatus
{
    Unknown,
    Active,
    Inactive,
    NotCovered,
}
