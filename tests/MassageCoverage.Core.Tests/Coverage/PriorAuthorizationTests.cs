using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 4, prior authorization: needed always, or for the visits past the rule's count.</summary>
public class PriorAuthorizationTests
{
    [Theory]
    [InlineData(0, true, PriorAuthorizationStatus.Satisfied, RequirementStatus.Met, Decision.Covered)]
    [InlineData(0, false, PriorAuthorizationStatus.AuthNeeded, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(0, null, PriorAuthorizationStatus.AuthNeeded, RequirementStatus.Unknown, Decision.Conditional)]
    [InlineData(8, true, PriorAuthorizationStatus.Satisfied, RequirementStatus.Met, Decision.Covered)]
    public void Rule_that_always_needs_it_needs_it_for_every_visit(
        int visitsUsed, bool? obtained, PriorAuthorizationStatus expectedStatus, RequirementStatus requirement, Decision expected)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringPriorAuthorization(),
            new RequestBuilder().WithVisitsUsed(visitsUsed).WithPriorAuthorization(obtained));

        Assert.Equal(expectedStatus, decision.PriorAuthorization);
        Assert.Equal(requirement, decision.Requirement(RequirementCode.PriorAuthorization).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Theory]
    [InlineData(0, null, PriorAuthorizationStatus.Conditional, RequirementStatus.Met, Decision.Covered)]
    [InlineData(5, null, PriorAuthorizationStatus.Conditional, RequirementStatus.Met, Decision.Covered)]
    [InlineData(6, null, PriorAuthorizationStatus.AuthNeeded, RequirementStatus.Unknown, Decision.Conditional)]
    [InlineData(6, false, PriorAuthorizationStatus.AuthNeeded, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(6, true, PriorAuthorizationStatus.Satisfied, RequirementStatus.Met, Decision.Covered)]
    [InlineData(9, true, PriorAuthorizationStatus.Satisfied, RequirementStatus.Met, Decision.Covered)]
    public void Visit_that_crosses_the_count_needs_it(
        int visitsUsed, bool? obtained, PriorAuthorizationStatus expectedStatus, RequirementStatus requirement, Decision expected)
    {
        var decision = Evaluate.Plan(new RuleBuilder().PriorAuthorizationAfter(6),
            new RequestBuilder().WithVisitsUsed(visitsUsed).WithPriorAuthorization(obtained));

        Assert.Equal(expectedStatus, decision.PriorAuthorization);
        Assert.Equal(requirement, decision.Requirement(RequirementCode.PriorAuthorization).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Fact]
    public void Prior_authorization_not_needed_yet_says_when_it_will_be()
    {
        var decision = Evaluate.Plan(new RuleBuilder().PriorAuthorizationAfter(6), new RequestBuilder().WithVisitsUsed(2));

        Assert.Contains(NextStep.RequestAuthorizationLater, decision.NextSteps);
        Assert.Equal((Finding.AuthorizationNotYetNeeded, 3), (decision.Requirement(RequirementCode.PriorAuthorization).Finding, decision.Requirement(RequirementCode.PriorAuthorization).Count));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Rule_that_never_asks_is_no_auth_and_not_listed(bool? obtained)
    {
        var decision = Evaluate.Plan(new RuleBuilder(), new RequestBuilder().WithVisitsUsed(40).WithPriorAuthorization(obtained));

        Assert.Equal(PriorAuthorizationStatus.NoAuth, decision.PriorAuthorization);
        Assert.DoesNotContain(decision.Requirements, r => r.Code == RequirementCode.PriorAuthorization);
        Assert.Equal(Decision.Covered, decision.Decision);
    }
}
