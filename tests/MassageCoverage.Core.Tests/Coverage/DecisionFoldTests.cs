using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 5: every requirement met is covered, any unmet or unknown is conditional; the decision explains itself.</summary>
public class DecisionFoldTests
{
    [Fact]
    public void Every_requirement_met_is_covered()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringEverything(), new RequestBuilder().MeetingEverything());

        Assert.Equal(Decision.Covered, decision.Decision);
        Assert.All(decision.Requirements, r => Assert.Equal(RequirementStatus.Met, r.Status));
        Assert.Equal(9, decision.Requirements.Count);
        Assert.DoesNotContain(decision.NextSteps, s => s.Contains("appeal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RequirementCode.Referral)]
    [InlineData(RequirementCode.LicensedTherapist)]
    [InlineData(RequirementCode.InNetwork)]
    [InlineData(RequirementCode.PriorAuthorization)]
    [InlineData(RequirementCode.Diagnosis)]
    [InlineData(RequirementCode.Age)]
    public void One_unknown_requirement_makes_it_conditional(RequirementCode unknown)
    {
        var request = new RequestBuilder().MeetingEverything().WithVisitsUsed(8);
        _ = unknown switch
        {
            RequirementCode.Referral => request.WithReferral(null),
            RequirementCode.LicensedTherapist => request.Licensed(null),
            RequirementCode.InNetwork => request.InNetwork(null),
            RequirementCode.PriorAuthorization => request.WithPriorAuthorization(null),
            RequirementCode.Diagnosis => request.WithDiagnoses(),
            _ => request.Aged(null),
        };

        var decision = Evaluate.Plan(new RuleBuilder().RequiringEverything(), request);

        Assert.Equal(Decision.Conditional, decision.Decision);
        var broken = Assert.Single(decision.Requirements, r => r.Status != RequirementStatus.Met);
        Assert.Equal((unknown, RequirementStatus.Unknown), (broken.Code, broken.Status));
        Assert.Contains(broken.Detail, decision.Reasons);
        Assert.Contains("1 requirement below is", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_requirements_the_rule_asks_for_are_listed()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().RequiringInNetwork(), new RequestBuilder().MeetingEverything());

        Assert.Equal(
            [RequirementCode.ServiceCode, RequirementCode.Referral, RequirementCode.InNetwork],
            decision.Requirements.Select(r => r.Code));
    }

    [Fact]
    public void Decision_carries_the_rule_cost_share_and_notes()
    {
        var rule = new RuleBuilder().WithId(42).InEffect(new DateOnly(2025, 1, 1)).WithCostShare(25m, 20m, true)
            .WithProvenance("https://example.test/policy", new DateOnly(2025, 3, 1), "Massage counts towards the rehab visit cap.");

        var decision = Evaluate.Plan(rule, new RequestBuilder());

        Assert.Equal(new MatchedRule(42, $"plan {CatalogBuilder.PlanCode}", "https://example.test/policy", new DateOnly(2025, 3, 1), new DateOnly(2025, 1, 1)), decision.Rule);
        Assert.Equal(new CostShare(25m, 20m, true), decision.CostShare);
        Assert.Contains("Massage counts towards the rehab visit cap.", decision.Reasons);
    }

    [Theory]
    [InlineData(true, Decision.Covered, "covers CPT 97124 (massage)")]
    [InlineData(false, Decision.Conditional, "can cover CPT 97124 (massage) once 1 requirement")]
    public void Summary_is_one_plain_sentence(bool? inNetwork, Decision expected, string words)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringInNetwork(), new RequestBuilder().InNetwork(inNetwork));

        Assert.Equal(expected, decision.Decision);
        Assert.Contains(words, decision.Summary, StringComparison.Ordinal);
        Assert.Single(decision.Summary.Split(". "));
    }
}
