namespace MassageCoverage.Core.Coverage;

/// <summary>Turns the outcome of each step into the decision a patient reads: summary, reasons and next steps.</summary>
internal static class DecisionBuilder
{
    public static CoverageDecision Indeterminate(RuleMatch match, CoverageRequest request) => new()
    {
        Decision = Decision.Indeterminate,
        Summary = $"We cannot tell whether {match.Owner?.Name ?? "your plan"} covers {Service(request)}; "
            + $"{NextStepText.Whom(request.PlanType)} can tell you.",
        Reasons = [.. new[] { match.Problem, match.Note }.OfType<string>()],
        NextSteps = [NextStepText.ReadPolicy, NextStepText.AskWhenUnknown(request), NextStepText.KeepRecord(request.PlanType)],
    };

    /// <summary>Step 2: the rule does not cover massage, or not this service.</summary>
    public static CoverageDecision NotCoveredByRule(
        RuleOwner owner, CoverageRule rule, CoverageRequest request, IReadOnlyList<CheckOutcome> outcomes) => new()
    {
        Decision = Decision.NotCovered,
        Summary = $"{owner.Name} does not cover {Service(request)}.",
        Requirements = [.. outcomes.Select(o => o.Requirement)],
        Rule = Matched(owner, rule),
        Reasons = WithNotes(rule, outcomes.Count > 0
            ? [.. outcomes.Select(o => o.Message)]
            : [$"The rule of {owner.Name} in effect does not cover massage."]),
        NextSteps = [.. outcomes.Select(o => o.NextStep).OfType<string>(), NextStepText.Appeal, NextStepText.KeepRecord(request.PlanType)],
    };

    /// <summary>Steps 3 to 5: every child outcome is kept, so the decision explains itself.</summary>
    public static CoverageDecision FromOutcomes(
        Decision decision, RuleOwner owner, CoverageRule rule, CoverageRequest request, IReadOnlyList<CheckOutcome> outcomes)
    {
        var broken = outcomes.Where(o => o.IsBroken).ToList();
        var reasons = decision switch
        {
            Decision.NotCovered => broken.Where(o => o.IsHardLimit).Select(o => o.Message).ToList(),
            Decision.Conditional => broken.Select(o => o.Message).ToList(),
            _ => [$"Every requirement of {owner.Name} is met, based on your answers."],
        };
        var headline = PathwayText.Headline(rule.Pathway, rule.ProgramName);
        var summary = Summary(decision, owner, request, broken.Count);
        return new()
        {
            Decision = decision,
            Summary = headline is null ? summary : $"{headline}: {summary}",
            Requirements = [.. outcomes.Select(o => o.Requirement)],
            VisitsAllowed = rule.MaxVisitsPerYear,
            VisitsRemaining = VisitLimitCheck.Remaining(rule, request),
            PriorAuthorization = PriorAuthorizationCheck.StatusFor(rule, request),

            // A service that is not covered has nothing to share (Original Medicare and a massage therapist).
            CostShare = decision == Decision.NotCovered ? null : CostShare.Of(rule),
            Pathway = rule.Pathway,
            ProgramName = rule.Pathway == RulePathway.ProgramEnrollment ? rule.ProgramName : null,
            VisitPool = rule.VisitPool,
            Units = decision == Decision.NotCovered ? null : SessionLengthCheck.UnitsFor(rule, request),
            BenefitPeriod = BenefitPeriod.Holding(rule, request.AsOf),
            Rule = Matched(owner, rule),
            Reasons = WithNotes(rule, reasons),
            NextSteps = NextStepText.For(decision, request, outcomes),
        };
    }

    private static string Summary(Decision decision, RuleOwner owner, CoverageRequest request, int broken) => decision switch
    {
        Decision.Covered => $"{owner.Name} covers {Service(request)} in the situation you described; "
            + $"confirm with {NextStepText.Whom(request.PlanType)} before the visit.",
        Decision.Conditional => $"{owner.Name} can cover {Service(request)} once {broken} "
            + $"{(broken == 1 ? "requirement below is" : "requirements below are")} met or confirmed.",
        _ => $"{owner.Name} does not cover {Service(request)} in the situation you described.",
    };

    private static string Service(CoverageRequest request) => CptCodes.Label(request.ServiceCode);

    private static MatchedRule Matched(RuleOwner owner, CoverageRule rule) =>
        new(rule.Id, owner.Description, rule.Source, rule.LastVerified, rule.EffectiveFrom);

    private static List<string> WithNotes(CoverageRule rule, List<string> reasons) =>
        string.IsNullOrWhiteSpace(rule.Notes) ? reasons : [.. reasons, rule.Notes];
}
