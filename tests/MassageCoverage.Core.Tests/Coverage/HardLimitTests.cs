using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 3: hard limits make the service not covered, each named in the reasons and as an unmet requirement.</summary>
public class HardLimitTests
{
    [Theory]
    [InlineData(17, Decision.NotCovered, RequirementStatus.Unmet)]
    [InlineData(18, Decision.Covered, RequirementStatus.Met)]
    [InlineData(64, Decision.Covered, RequirementStatus.Met)]
    [InlineData(65, Decision.NotCovered, RequirementStatus.Unmet)]
    public void Age_limits_include_the_minimum_and_the_maximum(int age, Decision expected, RequirementStatus status)
    {
        var decision = Evaluate.Plan(new RuleBuilder().ForAges(18, 64), new RequestBuilder().Aged(age));

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(status, decision.Requirement(RequirementCode.Age).Status);
    }

    [Theory]
    [InlineData(null, 20, 21, Decision.NotCovered)]
    [InlineData(null, 20, 20, Decision.Covered)]
    [InlineData(65, null, 64, Decision.NotCovered)]
    [InlineData(65, null, 99, Decision.Covered)]
    public void One_sided_age_limit_applies_on_its_side_only(int? min, int? max, int age, Decision expected) =>
        Assert.Equal(expected, Evaluate.Plan(new RuleBuilder().ForAges(min, max), new RequestBuilder().Aged(age)).Decision);

    [Theory]
    [InlineData(0, Decision.Covered, RequirementStatus.Met, 12)]
    [InlineData(11, Decision.Covered, RequirementStatus.Met, 1)]
    [InlineData(12, Decision.NotCovered, RequirementStatus.Unmet, 0)]
    [InlineData(13, Decision.NotCovered, RequirementStatus.Unmet, 0)]
    public void Visits_used_reaching_the_yearly_maximum_is_not_covered(int used, Decision expected, RequirementStatus status, int remaining)
    {
        var decision = Evaluate.Plan(new RuleBuilder().WithMaxVisits(12), new RequestBuilder().WithVisitsUsed(used));

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(status, decision.Requirement(RequirementCode.VisitLimit).Status);
        Assert.Equal(12, decision.VisitsAllowed);
        Assert.Equal(remaining, decision.VisitsRemaining);
    }

    [Theory]
    [InlineData(Decision.NotCovered, "S13.4XXA")]
    [InlineData(Decision.NotCovered, "M62.8")]
    [InlineData(Decision.Covered, "M54.50")]
    [InlineData(Decision.Covered, "m62.830")]
    [InlineData(Decision.Covered, " m6283 ")]
    [InlineData(Decision.Covered, "S13.4XXA", "M54.2")]
    public void Diagnoses_given_must_include_one_matching_a_covered_prefix(Decision expected, params string[] codes)
    {
        var decision = Evaluate.Plan(new RuleBuilder().ForDiagnoses("M54", "m62.83"), new RequestBuilder().WithDiagnoses(codes));

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(expected == Decision.Covered ? RequirementStatus.Met : RequirementStatus.Unmet, decision.Requirement(RequirementCode.Diagnosis).Status);
    }

    [Theory]
    [InlineData(ProviderType.MassageTherapist, Decision.NotCovered)]
    [InlineData(ProviderType.Chiropractor, Decision.NotCovered)]
    [InlineData(ProviderType.PhysicalTherapist, Decision.Covered)]
    [InlineData(ProviderType.OccupationalTherapist, Decision.Covered)]
    public void Provider_type_not_allowed_is_not_covered(ProviderType provider, Decision expected)
    {
        var decision = Evaluate.Plan(
            new RuleBuilder().AllowingProviders(ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist),
            new RequestBuilder().By(provider));

        Assert.Equal(expected, decision.Decision);
    }

    [Fact]
    public void Provider_type_is_not_listed_when_the_rule_allows_any()
    {
        var decision = Evaluate.Plan(new RuleBuilder(), new RequestBuilder().By(ProviderType.Chiropractor));

        Assert.Equal(Decision.Covered, decision.Decision);
        Assert.DoesNotContain(decision.Requirements, r => r.Code == RequirementCode.ProviderType);
    }

    [Fact]
    public void Every_hard_limit_is_named_in_the_reasons_and_as_unmet()
    {
        var decision = Evaluate.Plan(
            new RuleBuilder().ForAges(18, null).WithMaxVisits(6).AllowingProviders(ProviderType.PhysicalTherapist).ForDiagnoses("M54"),
            new RequestBuilder().Aged(12).WithVisitsUsed(6).WithDiagnoses("S16.1XXA"));

        Assert.Equal(Decision.NotCovered, decision.Decision);
        RequirementCode[] limits = [RequirementCode.ProviderType, RequirementCode.Diagnosis, RequirementCode.Age, RequirementCode.VisitLimit];
        Assert.All(limits, code => Assert.Equal(RequirementStatus.Unmet, decision.Requirement(code).Status));
        Assert.All(limits, code => Assert.Contains(new Reason(ReasonCode.Requirement, code), decision.Reasons));
        Assert.Equal(4, decision.Reasons.Count);
    }

    [Fact]
    public void Hard_limit_outweighs_requirements_still_unknown()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().WithMaxVisits(6), new RequestBuilder().WithVisitsUsed(6));

        Assert.Equal(Decision.NotCovered, decision.Decision);
        Assert.Equal(RequirementStatus.Unknown, decision.Requirement(RequirementCode.Referral).Status);
        Assert.DoesNotContain(new Reason(ReasonCode.Requirement, RequirementCode.Referral), decision.Reasons);
        Assert.Contains(NextStep.Appeal, decision.NextSteps);
    }
}
