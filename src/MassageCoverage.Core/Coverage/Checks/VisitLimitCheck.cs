namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Visits used at or above the benefit period's maximum is a hard limit; below it, the visits left are reported.
/// With a <see cref="VisitPool"/> the cap counts the visits of every pooled service (<see cref="CoverageRequest.PooledVisitsUsed"/>)
/// instead of massage visits; not knowing them is unknown, never a guess from the massage visits alone.
/// </summary>
internal sealed class VisitLimitCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.VisitLimit;

    public override bool IsAskedBy(RuleTerms rule) => rule.MaxVisitsPerYear is not null;

    /// <summary>The visits counted against the cap: massage visits, or every pooled visit (null when not known).</summary>
    private static int? Used(RuleTerms rule, CoverageRequest request) =>
        rule.VisitPool is null ? request.VisitsUsed : request.PooledVisitsUsed;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        if (Used(rule, request) is not { } used)
        {
            return Unknown(Finding.VisitsUsedUnknown);
        }

        return used >= rule.MaxVisitsPerYear ? HardLimit(Finding.NoVisitsLeft, used) : Met(Finding.VisitsLeft, used);
    }
}
