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
            Summary = SummaryCode.CoversOnceMet,
            Request = Request(),
            Requirements =
            [
                new(RequirementCode.Referral, RequirementStatus.Unknown, Finding.ReferralUnknown),
                new(RequirementCode.LicensedTherapist, RequirementStatus.Met, Finding.Licensed),
                new(RequirementCode.InNetwork, RequirementStatus.Unknown, Finding.NetworkUnknown),
                new(RequirementCode.Diagnosis, RequirementStatus.Unmet, Finding.DiagnosisNotCovered),
            ],
        };

        var questions = InsurerQuestions.For(decision);

        Assert.Equal(
            [new(InsurerQuestion.Referral, RequirementCode.Referral), new(InsurerQuestion.InNetwork, RequirementCode.InNetwork), new Question(InsurerQuestion.WrittenConfirmation)],
            questions);
    }

    [Fact]
    public void An_indeterminate_answer_asks_about_the_whole_benefit()
    {
        var decision = new CoverageDecision { Decision = Decision.Indeterminate, Summary = SummaryCode.CannotTell, Request = Request() };

        var questions = InsurerQuestions.For(decision);

        Assert.Equal(new Question(InsurerQuestion.CoverageForDiagnosis), questions[0]);
        Assert.Contains(new Question(InsurerQuestion.PriorAuthorizationAndWhen), questions);
        Assert.Contains(new Question(InsurerQuestion.VisitsPerYearAndSharing), questions);
    }

    [Fact]
    public void Not_covered_asks_for_the_reason_and_the_appeal_path()
    {
        var decision = new CoverageDecision { Decision = Decision.NotCovered, Summary = SummaryCode.DoesNotCoverService, Request = Request() };

        var questions = InsurerQuestions.For(decision);

        Assert.Equal([InsurerQuestion.ReasonNotCovered, InsurerQuestion.HowToAppeal, InsurerQuestion.WrittenConfirmation], questions.Select(q => q.Code));
    }

    [Fact]
    public void A_prior_authorization_needed_later_adds_a_question_about_when()
    {
        var decision = new CoverageDecision
        {
            Decision = Decision.Covered, Summary = SummaryCode.Covers, Request = Request(), PriorAuthorization = PriorAuthorizationStatus.Conditional,
        };

        var questions = InsurerQuestions.For(decision);

        Assert.Contains(new Question(InsurerQuestion.PriorAuthorizationLater), questions);
    }

    [Fact]
    public void Requirements_carry_the_step_that_meets_them()
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringReferral(), new RequestBuilder());

        var referral = decision.Requirements.Single(r => r.Code == RequirementCode.Referral);
        Assert.Equal(RequirementStatus.Unknown, referral.Status);
        Assert.Equal(NextStep.AskForReferral, referral.HowToMeet);
    }

    private static CoverageRequest Request() => new RequestBuilder().Build();
}
