namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The outcome of step 1: the rule in effect, or why there is none (then <see cref="Problem"/> says why). A value,
/// so finding the rule allocates nothing.
/// </summary>
internal readonly record struct RuleMatch(CoverageOwner? Owner, PreparedRule? Rule, ReasonCode? Problem, string? Note)
{
    public static RuleMatch Found(CoverageOwner owner, PreparedRule rule) => new(owner, rule, null, null);

    public static RuleMatch Missing(ReasonCode problem, CoverageOwner? owner = null, string? note = null) =>
        new(owner, null, problem, note);
}
