using System.Globalization;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Visits used at or above the benefit period's maximum is a hard limit; below it, the visits left are reported.
/// With a <see cref="VisitPool"/> the cap counts the visits of every pooled service (<see cref="CoverageRequest.PooledVisitsUsed"/>)
/// instead of massage visits; not knowing them is unknown, never a guess from the massage visits alone.
/// </summary>
internal sealed class VisitLimitCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.VisitLimit;

    public override bool IsAskedBy(CoverageRule rule) => rule.MaxVisitsPerYear is not null;

    /// <summary>The visits counted against the cap: massage visits, or every pooled visit (null when not known).</summary>
    public static int? Used(CoverageRule rule, CoverageRequest request) =>
        rule.VisitPool is null ? request.VisitsUsed : request.PooledVisitsUsed;

    public static int? Remaining(CoverageRule rule, CoverageRequest request) =>
        rule.MaxVisitsPerYear is { } max && Used(rule, request) is { } used ? Math.Max(0, max - used) : null;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var max = rule.MaxVisitsPerYear ?? 0;
        var period = BenefitPeriod.Holding(rule, request.AsOf);
        var until = $"this benefit period, which ends on {Day(period.End)}";
        var visits = rule.VisitPool is { } pool
            ? $"{max} {VisitPoolText.Visits(pool)} this rule allows in {until} ({VisitPoolText.Describe(pool)})"
            : $"{max} visits this rule allows in {until}";
        if (Used(rule, request) is not { } used)
        {
            var pooled = rule.VisitPool is { } p ? VisitPoolText.Visits(p) : "visits";
            return Unknown(
                $"This rule allows {visits}; we do not know how many {pooled} you have used.",
                $"Ask your insurer how many {pooled} you have used in this benefit period: massage and every other service in the pool count.");
        }

        var remaining = Remaining(rule, request) ?? 0;
        if (remaining == 0)
        {
            var renews = period.RenewsOn() is { } day ? $"; visits renew on {Day(day)}" : "";
            return HardLimit(
                $"You have used {used} of the {visits}; none are left{renews}.",
                "Ask your insurer whether more visits can be approved for medical necessity.");
        }

        return Met($"You have used {used} of the {visits}; {remaining} left.");
    }

    private static string Day(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));
}
