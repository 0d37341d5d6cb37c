using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>
/// No insurance is a kind of coverage too: nobody pays, which is a plain "not covered" with the ways to pay and to get
/// coverage (docs/domain.md section 5b), whatever else the request says.
/// </summary>
public class NoInsuranceTests
{
    private static readonly CoverageCatalog _catalog = new CatalogBuilder()
        .WithPlan("plan-a", PlanType.Private, new RuleBuilder().Build())
        .WithMedicare(new RuleBuilder().Build())
        .WithMedicaid("CO", CoverageForm.Standalone, null, new RuleBuilder().Build())
        .Build();

    public static TheoryData<string?, string?, string, string[]> Requests => new()
    {
        // state, plan code, service, diagnoses
        { null, null, CptCodes.Massage, [] },
        { "CO", null, CptCodes.Massage, ["M54.50"] },
        { "TX", "plan-a", "97140", ["M54.50", "M79.7"] },
        { "CO", "no-such-plan", "97010", [] },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void No_insurance_is_not_covered_with_the_ways_to_pay_and_to_get_coverage(
        string? state, string? planCode, string service, string[] diagnoses)
    {
        var request = new RequestBuilder().ForPlan(planCode, PlanType.NoInsurance).For(service).MeetingEverything()
            .WithDiagnoses(diagnoses).Build() with { State = state };

        var decision = CoverageEvaluator.Evaluate(_catalog, request);

        Assert.Equal((Decision.NotCovered, SummaryCode.NoInsurance), (decision.Decision, decision.Summary));
        Assert.Equal([new Reason(ReasonCode.NoInsurance)], decision.Reasons);
        Assert.Equal([NextStep.GetGoodFaithEstimate, NextStep.PayWithHealthAccount, NextStep.LookForCoverage], decision.NextSteps);
        Assert.Null(decision.Owner);
        Assert.Null(decision.Rule);
        Assert.Empty(decision.Requirements);
        Assert.Null(decision.CostShare);
        Assert.Null(decision.PriorAuthorization);
        Assert.Null(decision.Units);
        Assert.Same(request, decision.Request);
    }

    [Theory]
    [InlineData(PlanType.NoInsurance, 0)]
    [InlineData(PlanType.NotSure, 7)]
    [InlineData(PlanType.Private, 7)]
    public void No_insurance_has_no_insurer_to_ask_anything(PlanType planType, int questions)
    {
        var request = new RequestBuilder().ForPlan("no-such-plan", planType).Build();
        var decision = CoverageEvaluator.Evaluate(_catalog, request);

        Assert.Equal(questions, InsurerQuestions.For(decision).Count);
    }

    [Theory]
    [InlineData(PlanType.NoInsurance, Decision.NotCovered)]
    [InlineData(PlanType.NotSure, Decision.Indeterminate)]
    [InlineData(PlanType.Private, Decision.Covered)]
    public void Only_no_insurance_turns_a_missing_plan_into_not_covered(PlanType planType, Decision expected)
    {
        var request = new RequestBuilder().ForPlan("plan-a", planType).MeetingEverything().Build();

        Assert.Equal(expected, CoverageEvaluator.Evaluate(_catalog, request).Decision);
    }
}
