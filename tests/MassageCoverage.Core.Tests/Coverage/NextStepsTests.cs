using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Next steps follow the patient's journey (docs/domain.md section 1), tailored to what is unmet or unknown.</summary>
public class NextStepsTests
{
    [Theory]
    [InlineData(PlanType.Private, "Call your insurer")]
    [InlineData(PlanType.Medicare, "Call Medicare")]
    public void Every_answer_ends_with_a_recorded_call(PlanType planType, string call)
    {
        var catalog = new CatalogBuilder().WithPlan(CatalogBuilder.PlanCode, PlanType.Private, new RuleBuilder().Build())
            .WithMedicare(new RuleBuilder().Build()).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForPlan(CatalogBuilder.PlanCode, planType).Build());

        Assert.StartsWith(call, decision.NextSteps[^1], StringComparison.Ordinal);
        Assert.Contains("representative's name, the reference number", decision.NextSteps[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_answers_each_get_a_step_and_the_policy_to_read()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().RequiringInNetwork().RequiringLicensedTherapist(), new RequestBuilder());

        Assert.Contains(decision.NextSteps, s => s.StartsWith("Ask your doctor for a referral", StringComparison.Ordinal));
        Assert.Contains(decision.NextSteps, s => s.StartsWith("Ask your insurer whether your therapist is in network", StringComparison.Ordinal));
        Assert.Contains(decision.NextSteps, s => s.Contains("licence number", StringComparison.Ordinal));
        Assert.Contains(decision.NextSteps, s => s.StartsWith("Read your plan's coverage documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Met_requirements_get_no_step()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral().RequiringInNetwork(), new RequestBuilder().WithReferral(true).InNetwork(false));

        Assert.DoesNotContain(decision.NextSteps, s => s.Contains("referral", StringComparison.Ordinal));
        Assert.Contains(decision.NextSteps, s => s.StartsWith("Find an in-network therapist", StringComparison.Ordinal));
        Assert.DoesNotContain(decision.NextSteps, s => s.StartsWith("Read your plan's", StringComparison.Ordinal));
    }

    [Fact]
    public void Provider_type_not_allowed_points_to_the_allowed_ones_and_the_appeal()
    {
        var decision = Evaluate.Plan(new RuleBuilder().AllowingProviders(ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist), new RequestBuilder());

        Assert.Equal(Decision.NotCovered, decision.Decision);
        Assert.Equal(
            "Ask your doctor whether a physical therapist or occupational therapist could give this treatment as part of a plan of care.",
            decision.NextSteps[0]);
        Assert.Contains("patient advocate", decision.NextSteps[1], StringComparison.Ordinal);
    }
}
