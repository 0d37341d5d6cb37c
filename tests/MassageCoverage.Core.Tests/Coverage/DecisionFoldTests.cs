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
        Assert.DoesNotContain(NextStep.Appeal, decision.NextSteps);
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
        Assert.Equal([new Reason(ReasonCode.Requirement, unknown)], decision.Reasons);
        Assert.Equal(SummaryCode.CoversOnceMet, decision.Summary);
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

        Assert.Equal(
            (42L, OwnerKind.Plan, CatalogBuilder.PlanCode, "https://example.test/policy", new DateOnly(2025, 3, 1), new DateOnly(2025, 1, 1)),
            (decision.Rule!.Id, decision.Rule.Owner.Kind, decision.Rule.Owner.Code, decision.Rule.Source, decision.Rule.LastVerified, decision.Rule.EffectiveFrom));
        Assert.Equal(new CostShare(25m, 20m, true), decision.CostShare);
        Assert.Contains(new Reason(ReasonCode.RuleNotes, Text: "Massage counts towards the rehab visit cap."), decision.Reasons);
    }

    [Theory]
    [InlineData(true, Decision.Covered, SummaryCode.Covers)]
    [InlineData(false, Decision.Conditional, SummaryCode.CoversOnceMet)]
    public void Summary_is_one_code(bool? inNetwork, Decision expected, SummaryCode summary)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringInNetwork(), new RequestBuilder().InNetwork(inNetwork));

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(summary, decision.Summary);
    }
}
