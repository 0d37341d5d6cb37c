using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Next steps follow the patient's journey (docs/domain.md section 1), tailored to what is unmet or unknown.</summary>
public class NextStepsTests
{
    [Theory]
    [InlineData(PlanType.Private)]
    [InlineData(PlanType.Medicare)]
    public void Every_answer_ends_with_a_recorded_call(PlanType planType)
    {
        var catalog = new CatalogBuilder().WithPlan(CatalogBuilder.PlanCode, PlanType.Private, new RuleBuilder().Build())
            .WithMedicare(new RuleBuilder().Build()).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForPlan(CatalogBuilder.PlanCode, planType).Build());

        Assert.Equal(NextStep.KeepRecord, decision.NextSteps[^1]);
        Assert.Equal(planType, decision.Request.PlanType);
    }

    [Fact]
    public void Unknown_answers_each_get_a_step_and_the_policy_to_read()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().RequiringInNetwork().RequiringLicensedTherapist(), new RequestBuilder());

        Assert.Contains(NextStep.AskForReferral, decision.NextSteps);
        Assert.Contains(NextStep.AskWhetherInNetwork, decision.NextSteps);
        Assert.Contains(NextStep.CheckLicence, decision.NextSteps);
        Assert.Contains(NextStep.ReadPolicy, decision.NextSteps);
    }

    [Fact]
    public void Met_requirements_get_no_step()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().RequiringInNetwork(), new RequestBuilder().WithReferral(true).InNetwork(false));

        Assert.DoesNotContain(decision.NextSteps, s => s is NextStep.AskForReferral or NextStep.CheckReferralDate or NextStep.AskForNewReferral);
        Assert.Contains(NextStep.FindInNetworkTherapist, decision.NextSteps);
        Assert.DoesNotContain(NextStep.ReadPolicy, decision.NextSteps);
    }

    [Fact]
    public void Provider_type_not_allowed_points_to_the_allowed_ones_and_the_appeal()
    {
        var decision = Evaluate.Plan(new RuleBuilder().AllowingProviders(ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist), new RequestBuilder());

        Assert.Equal(Decision.NotCovered, decision.Decision);
        Assert.Equal([NextStep.AskForAllowedProvider, NextStep.Appeal, NextStep.KeepRecord], decision.NextSteps);
        Assert.Equal([ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist], decision.AppliedRule!.Terms.AllowedProviderTypes);
    }
}
