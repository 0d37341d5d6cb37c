using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

public class InsurerQuestionsTests
{
    [Fact]
    public void Each_unknown_requirement_becomes_one_question_and_the_call_record_comes_last()
    {
        var decision = new CoverageDecision
        {
            Decision = Decision.Conditional,
            Summary = "",
            Requirements =
            [
                new(RequirementCode.Referral, RequirementStatus.Unknown, ""),
                new(RequirementCode.LicensedTherapist, RequirementStatus.Met, ""),
                new(RequirementCode.InNetwork, RequirementStatus.Unknown, ""),
                new(RequirementCode.Diagnosis, RequirementStatus.Unmet, ""),
            ],
        };

        var questions = InsurerQuestions.For(decision, Request());

        Assert.Equal(3, questions.Count);
        Assert.Contains("referral", questions[0], StringComparison.Ordinal);
        Assert.Contains("network", questions[1], StringComparison.Ordinal);
        Assert.Contains("reference number", questions[2], StringComparison.Ordinal);
    }

    [Fact]
    public void An_indeterminate_answer_asks_about_the_whole_benefit_with_service_type_BE()
    {
        var decision = new CoverageDecision { Decision = Decision.Indeterminate, Summary = "" };

        var questions = InsurerQuestions.For(decision, Request());

        Assert.Contains("service type BE", questions[0], StringComparison.Ordinal);
        Assert.Contains("97124", questions[0], StringComparison.Ordinal);
        Assert.Contains(questions, q => q.Contains("prior authorization", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Contains("visits a year", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_covered_asks_for_the_reason_and_the_appeal_path()
    {
        var decision = new CoverageDecision { Decision = Decision.NotCovered, Summary = "" };

        var questions = InsurerQuestions.For(decision, Request());

        Assert.Contains("specific reason", questions[0], StringComparison.Ordinal);
        Assert.Contains("appeal", questions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_authorization_needed_later_adds_a_question_about_when()
    {
        var decision = new CoverageDecision
        {
            Decision = Decision.Covered, Summary = "", PriorAuthorization = PriorAuthorizationStatus.Conditional,
        };

        var questions = InsurerQuestions.For(decision, Request());

        Assert.Contains(questions, q => q.StartsWith("After how many visits", StringComparison.Ordinal));
    }

    [Fact]
    public void Requirements_carry_the_step_that_meets_them()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral(), new RequestBuilder());

        var referral = decision.Requirements.Single(r => r.Code == RequirementCode.Referral);
        Assert.Equal(RequirementStatus.Unknown, referral.Status);
        Assert.StartsWith("Ask your doctor for a referral", referral.HowToMeet, StringComparison.Ordinal);
    }

    private static CoverageRequest Request() => new RequestBuilder().Build();
}
