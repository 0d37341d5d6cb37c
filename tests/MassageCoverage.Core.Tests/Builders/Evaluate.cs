using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Builders;

public static class Evaluate
{
    /// <summary>Evaluates the request against a catalog holding one private plan with this one rule.</summary>
    public static CoverageDecision Plan(RuleBuilder rule, RequestBuilder request) =>
        CoverageEvaluator.Evaluate(CatalogBuilder.WithPlanRules(rule.Build()), request.Build());

    public static RequirementOutcome Requirement(this CoverageDecision decision, RequirementCode code) =>
        Assert.Single(decision.Requirements, r => r.Code == code);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
