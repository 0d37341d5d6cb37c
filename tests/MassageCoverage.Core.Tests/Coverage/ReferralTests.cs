using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 4, referral: met only when present and, with a validity, no more than that many days old.</summary>
public class ReferralTests
{
    [Theory]
    [InlineData(null, RequirementStatus.Unknown, Decision.Conditional)]
    [InlineData(false, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(true, RequirementStatus.Met, Decision.Covered)]
    public void Referral_follows_the_answer_when_any_date_will_do(bool? hasReferral, RequirementStatus status, Decision expected)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral(), new RequestBuilder().WithReferral(hasReferral));

        Assert.Equal(status, decision.Requirement(RequirementCode.Referral).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Theory]
    [InlineData(0, RequirementStatus.Met)]
    [InlineData(29, RequirementStatus.Met)]
    [InlineData(30, RequirementStatus.Met)]
    [InlineData(31, RequirementStatus.Unmet)]
    [InlineData(365, RequirementStatus.Unmet)]
    public void Referral_is_valid_up_to_and_including_its_validity_days(int daysOld, RequirementStatus status) =>
        Assert.Equal(status, Evaluate.Plan(new RuleBuilder().RequiringReferral(30), new RequestBuilder().WithReferralDaysOld(daysOld))
            .Requirement(RequirementCode.Referral).Status);

    [Fact]
    public void Referral_one_day_past_validity_is_unmet_and_asks_for_a_new_one()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral(90), new RequestBuilder().WithReferralDaysOld(91));

        Assert.Equal(Decision.Conditional, decision.Decision);
        Assert.Equal((Finding.ReferralExpired, 91), (decision.Requirement(RequirementCode.Referral).Finding, decision.Requirement(RequirementCode.Referral).Count));
        Assert.Contains(NextStep.AskForNewReferral, decision.NextSteps);
    }

    [Fact]
    public void Referral_without_a_date_when_validity_is_set_is_unknown() =>
        Assert.Equal(RequirementStatus.Unknown, Evaluate.Plan(new RuleBuilder().RequiringReferral(30), new RequestBuilder().WithReferral(true))
            .Requirement(RequirementCode.Referral).Status);

    [Fact]
    public void Referral_dated_after_the_as_of_date_is_unknown() =>
        Assert.Equal(RequirementStatus.Unknown, Evaluate.Plan(new RuleBuilder().RequiringReferral(30), new RequestBuilder().WithReferralDaysOld(-1))
            .Requirement(RequirementCode.Referral).Status);

    [Fact]
    public void Referral_is_not_listed_when_the_rule_does_not_ask_for_one() =>
        Assert.DoesNotContain(Evaluate.Plan(new RuleBuilder(), new RequestBuilder().WithReferral(false)).Requirements,
            r => r.Code == RequirementCode.Referral);
}
