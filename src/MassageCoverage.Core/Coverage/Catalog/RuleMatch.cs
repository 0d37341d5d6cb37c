namespace MassageCoverage.Core.Coverage;

/// <summary>Who a rule belongs to: <see cref="Description"/> for the API (plan acme-ppo-gold), <see cref="Name"/> for sentences.</summary>
internal sealed record RuleOwner(string Description, string Name);

/// <summary>The outcome of step 1: the rule in effect, or why there is none (then <see cref="Problem"/> says why).</summary>
internal sealed record RuleMatch(RuleOwner? Owner, CoverageRule? Rule, string? Problem, string? Note)
{
    public static RuleMatch Found(RuleOwner owner, CoverageRule rule) => new(owner, rule, null, null);

    public static RuleMatch Missing(string problem, RuleOwner? owner = null, string? note = null) =>
        new(owner, null, problem, note);
}
