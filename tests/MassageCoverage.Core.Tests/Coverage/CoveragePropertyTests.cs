using CsCheck;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

public class CoveragePropertyTests
{
    private const long Iterations = 2_000;

    private static CoverageDecision Decide(CoverageRule rule, CoverageRequest request) =>
        CoverageEvaluator.Evaluate(CatalogBuilder.WithPlanRules(rule), request);

    // Covered > Conditional > NotCovered; indeterminate is compared apart.
    private static int Rank(Decision decision) => decision switch
    {
        Decision.Covered => 3,
        Decision.Conditional => 2,
        Decision.NotCovered => 1,
        _ => 0,
    };

    /// <summary>Each unknown answer replaced by the answer that meets the rule; null when the answer was known.</summary>
    private static IEnumerable<CoverageRequest> OneUnknownMet(CoverageRule rule, CoverageRequest r)
    {
        if (r.TherapistLicensed is null) yield return r with { TherapistLicensed = true };
        if (r.InNetwork is null) yield return r with { InNetwork = true };
        if (r.HasReferral is null) yield return r with { HasReferral = true, ReferralDate = r.AsOf };
        if (r.HasReferral == true && r.ReferralDate is null) yield return r with { ReferralDate = r.AsOf };
        if (r.PriorAuthorizationObtained is null) yield return r with { PriorAuthorizationObtained = true };
        if (r.PatientAge is null) yield return r with { PatientAge = rule.MinAge ?? rule.MaxAge ?? 40 };
        if (r.DiagnosisCodes.Count == 0)
        {
            var code = rule.CoveredDiagnosisPrefixes.Count > 0 ? CoverageGen.MatchingCode[rule.CoveredDiagnosisPrefixes[0]] : "M54.50";
            yield return r with { DiagnosisCodes = [code] };
        }
    }

    [Fact]
    public void Covered_implies_every_listed_requirement_met() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var decision = Decide(rule, request);
            if (decision.Decision == Decision.Covered)
            {
                Assert.All(decision.Requirements, r => Assert.Equal(RequirementStatus.Met, r.Status));
                Assert.NotEqual(PriorAuthorizationStatus.AuthNeeded, decision.PriorAuthorization);
                Assert.NotEqual(0, decision.VisitsRemaining);
            }
        }, iter: Iterations);

    [Fact]
    public void Conditional_names_a_requirement_not_met_and_not_covered_names_a_reason() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var decision = Decide(rule, request);
            if (decision.Decision == Decision.Conditional)
            {
                Assert.Contains(decision.Requirements, r => r.Status != RequirementStatus.Met);
                Assert.DoesNotContain(decision.Requirements, r => r.Code is RequirementCode.Age or RequirementCode.VisitLimit or RequirementCode.ProviderType && r.Status == RequirementStatus.Unmet);
            }

            if (decision.Decision == Decision.NotCovered)
            {
                Assert.NotEmpty(decision.Reasons);
                Assert.Contains(NextStep.Appeal, decision.NextSteps);
            }
        }, iter: Iterations);

    [Fact]
    public void Meeting_one_unknown_requirement_never_makes_the_decision_worse() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var before = Decide(rule, request).Decision;
            foreach (var better in OneUnknownMet(rule, request))
            {
                var after = Decide(rule, better).Decision;
                Assert.Equal(before == Decision.Indeterminate, after == Decision.Indeterminate);
                Assert.True(Rank(after) >= Rank(before), $"{before} became {after} for {better}");
            }
        }, iter: Iterations);
}
