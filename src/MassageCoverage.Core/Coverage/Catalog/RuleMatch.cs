namespace MassageCoverage.Core.Coverage;

/// <summary>The outcome of step 1: the rule in effect, or why there is none (then <see cref="Problem"/> says why).</summary>
internal sealed record RuleMatch(CoverageOwner? Owner, CoverageRule? Rule, ReasonCode? Problem, string? Note)
{
    public static RuleMatch Found(CoverageOwner owner, CoverageRule rule) => new(owner, rule, null, null);

    public static RuleMatch Missing(ReasonCode problem, CoverageOwner? owner = null, string? note = null) =>
        new(owner, null, problem, note);
}
