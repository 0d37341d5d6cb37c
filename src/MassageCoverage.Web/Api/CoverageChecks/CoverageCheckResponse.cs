using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Api.Medicaid;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Check;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// The API's answer: the engine's decision with its words (the fields and English text clients have always read), and
/// the engine's codes beside them (<see cref="SummaryCode"/>, each requirement's finding, the reason and step codes)
/// for a client that writes its own words.
/// </summary>
internal sealed record CoverageCheckResponse(
    Decision Decision,
    string Summary,
    IReadOnlyList<RequirementResponse> Requirements,
    int? VisitsAllowed,
    int? VisitsRemaining,
    PriorAuthorizationStatus? PriorAuthorization,
    CostShare? CostShare,
    RulePathway? Pathway,
    string? ProgramName,
    VisitPool? VisitPool,
    SessionUnits? Units,
    BenefitPeriodResponse? BenefitPeriod,
    MatchedRuleResponse? Rule,
    MedicaidAgencyResponse? Agency,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<InsurerQuestionResponse> InsurerQuestions,
    SummaryCode SummaryCode,
    IReadOnlyList<ReasonCode> ReasonCodes,
    IReadOnlyList<NextStep> NextStepCodes)
{
    /// <param name="agency">The state's Medicaid agency, for a Medicaid check or one without insurance (null for every other plan type).</param>
    public static CoverageCheckResponse Of(CoverageDecision d, IReadOnlyList<Question> questions, MedicaidAgency? agency)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(questions);
        return new(
            d.Decision,
            DecisionText.Summary(d).ToString(),
            [.. d.Requirements.Select(r => new RequirementResponse(
                r.Code, r.Status, DecisionText.Detail(r, d).ToString(), DecisionText.HowToMeet(r, d)?.ToString(), r.Finding, r.HowToMeet))],
            d.VisitsAllowed,
            d.VisitsRemaining,
            d.PriorAuthorization,
            d.CostShare,
            d.Pathway,
            d.ProgramName,
            d.VisitPool,
            d.Units,
            d.BenefitPeriod is { } period ? new(period.Start, period.End) : null,
            d.Rule is { } rule ? new(rule.Id, DecisionText.OwnerId(rule.Owner), rule.Source, rule.LastVerified, rule.EffectiveFrom) : null,
            MedicaidAgencyResponse.From(agency),
            [.. DecisionText.Reasons(d).Select(r => r.ToString())],
            [.. DecisionText.NextSteps(d).Select(s => s.ToString())],
            [.. questions.Select(q => new InsurerQuestionResponse(q.Code, q.About, DecisionText.Question(q, d).ToString()))],
            d.Summary,
            [.. d.Reasons.Select(r => r.Code)],
            d.NextSteps);
    }
}

internal sealed record RequirementResponse(
    RequirementCode Code, RequirementStatus Status, string Detail, string? HowToMeet, Finding Finding, NextStep? HowToMeetCode);

/// <summary>A question to ask the insurer on the phone: its code, the requirement it is about, and its words.</summary>
internal sealed record InsurerQuestionResponse(InsurerQuestion Code, RequirementCode? About, string Text);

internal sealed record BenefitPeriodResponse(DateOnly Start, DateOnly End);

internal sealed record MatchedRuleResponse(long Id, string Owner, string? Source, DateOnly? LastVerified, DateOnly EffectiveFrom);
