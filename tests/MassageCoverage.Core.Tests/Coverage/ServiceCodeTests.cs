using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 2: a rule that does not cover massage, or not this service code, means not covered.</summary>
public class ServiceCodeTests
{
    [Fact]
    public void Rule_that_does_not_cover_is_not_covered_with_the_appeal_path()
    {
        var decision = Evaluate.Plan(new RuleBuilder().NotCovering().RequiringReferral(), new RequestBuilder().WithReferral(true));

        Assert.Equal(Decision.NotCovered, decision.Decision);
        Assert.Empty(decision.Requirements);
        Assert.Null(decision.CostShare);
        Assert.NotNull(decision.Rule);
        Assert.Equal([NextStep.Appeal, NextStep.KeepRecord], decision.NextSteps);
        Assert.Equal([new Reason(ReasonCode.RuleDoesNotCoverMassage)], decision.Reasons);
    }

    [Theory]
    [InlineData("97140")]
    [InlineData("97010")]
    [InlineData("99999")]
    public void Service_code_not_listed_is_not_covered(string serviceCode)
    {
        var decision = Evaluate.Plan(new RuleBuilder().Covering("97124", "97112"), new RequestBuilder().For(serviceCode));

        Assert.Equal(Decision.NotCovered, decision.Decision);
        var requirement = Assert.Single(decision.Requirements);
        Assert.Equal(RequirementStatus.Unmet, requirement.Status);
        Assert.Equal(RequirementCode.ServiceCode, requirement.Code);
        Assert.Equal(Finding.ServiceNotListed, requirement.Finding);
        Assert.Contains(new Reason(ReasonCode.Requirement, RequirementCode.ServiceCode), decision.Reasons);
    }

    [Theory]
    [InlineData("97124")]
    [InlineData(" 97140 ")]
    public void Service_code_on_the_list_is_met(string serviceCode)
    {
        var decision = Evaluate.Plan(new RuleBuilder().Covering("97124", "97140"), new RequestBuilder().For(serviceCode));

        Assert.Equal(Decision.Covered, decision.Decision);
        Assert.Equal(RequirementStatus.Met, decision.Requirement(RequirementCode.ServiceCode).Status);
    }
}
