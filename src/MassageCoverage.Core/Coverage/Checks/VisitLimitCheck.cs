namespace MassageCoverage.Core.Coverage;

/// <summary>Visits used at or above the yearly maximum is a hard limit; below it, the visits left are reported.</summary>
internal sealed class VisitLimitCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.VisitLimit;

    public override bool IsAskedBy(CoverageRule rule) => rule.MaxVisitsPerYear is not null;

    public static int? Remaining(CoverageRule rule, CoverageRequest request) =>
        rule.MaxVisitsPerYear is { } max ? Math.Max(0, max - request.VisitsUsed) : null;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var max = rule.MaxVisitsPerYear ?? 0;
        var remaining = Remaining(rule, request) ?? 0;
        if (remaining == 0)
        {
            return HardLimit(
                $"You have used {request.VisitsUsed} of the {max} visits this rule allows a year; none are left.",
                "Ask your insurer whether more visits can be approved for medical necessity.");
        }

        return Met($"You have used {request.VisitsUsed} of the {max} visits this rule allows a year; {remaining} left.");
    }
}
