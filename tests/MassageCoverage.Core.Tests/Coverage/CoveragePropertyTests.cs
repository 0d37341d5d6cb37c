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
        if (r.PatientAge is null) yield return r with { PatientAge = rule.Terms.MinAge ?? rule.Terms.MaxAge ?? 40 };
        if (r.EnrolledInProgram is null) yield return r with { EnrolledInProgram = true };
        if (r.InTherapyPlanOfCare is null) yield return r with { InTherapyPlanOfCare = true };
        if (r.TherapyVisitSameDay is null) yield return r with { TherapyVisitSameDay = true };
        if (r.PlannedMinutes is null or < 1) yield return r with { PlannedMinutes = Math.Max(1, rule.Terms.MaxMinutesPerVisit ?? 30) };
        if (r.PooledVisitsUsed is null) yield return r with { PooledVisitsUsed = 0 };
        if (r.DiagnosisCodes.Count == 0)
        {
            var code = rule.Terms.CoveredDiagnosisPrefixes.Count > 0 ? CoverageGen.MatchingCode[rule.Terms.CoveredDiagnosisPrefixes[0]] : "M54.50";
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

    [Fact]
    public void Adding_a_pooled_visit_never_raises_the_visits_remaining() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var before = Decide(rule, request);
            var after = Decide(rule, request with { PooledVisitsUsed = (request.PooledVisitsUsed ?? 0) + 1 });
            if (request.PooledVisitsUsed is not null && before.VisitsRemaining is { } left)
            {
                Assert.True(after.VisitsRemaining <= left, $"{left} left became {after.VisitsRemaining}");
                Assert.True(Rank(after.Decision) <= Rank(before.Decision), $"{before.Decision} became {after.Decision}");
            }
        }, iter: Iterations);

    [Fact]
    public void Adding_a_massage_visit_never_raises_the_visits_remaining() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var before = Decide(rule, request).VisitsRemaining;
            var after = Decide(rule, request with { VisitsUsed = request.VisitsUsed + 1 }).VisitsRemaining;
            Assert.True(before is null ? after is null : after is null || after <= before, $"{before} left became {after}");
        }, iter: Iterations);

    [Fact]
    public void Every_reason_names_a_requirement_the_decision_lists() =>
        Gen.Select(CoverageGen.Rule, CoverageGen.Request).Sample((rule, request) =>
        {
            var decision = Decide(rule, request);
            Assert.All(decision.Reasons.Where(r => r.Code == ReasonCode.Requirement),
                r => Assert.Contains(decision.Requirements, o => o.Code == r.Requirement && o.IsBroken));
            Assert.Equal(NextStep.KeepRecord, decision.NextSteps[^1]);
        }, iter: Iterations);
}
