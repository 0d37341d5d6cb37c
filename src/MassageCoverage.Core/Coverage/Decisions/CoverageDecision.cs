namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The engine's answer and everything it rests on, as codes and values: every requirement the matched rule asks for
/// with its outcome, the reasons, and the patient's next steps. The web project puts them into words.
/// </summary>
public sealed record CoverageDecision
{
    public required Decision Decision { get; init; }

    /// <summary>The one sentence, as a code; its values are <see cref="Owner"/>, <see cref="Request"/> and the requirements.</summary>
    public required SummaryCode Summary { get; init; }

    /// <summary>The request decided, whose answers and service the words repeat.</summary>
    public required CoverageRequest Request { get; init; }

    /// <summary>Whose rule was looked for; null when no owner was found (no plan chosen, an unknown plan, no state).</summary>
    public CoverageOwner? Owner { get; init; }

    /// <summary>The rule in effect, whose limits the words repeat; null when the decision is indeterminate.</summary>
    public CoverageRule? AppliedRule { get; init; }

    public IReadOnlyList<RequirementOutcome> Requirements { get; init; } = [];

    public int? VisitsAllowed { get; init; }

    public int? VisitsRemaining { get; init; }

    /// <summary>Null when no rule covering the service matched: the engine does not guess whether one is needed.</summary>
    public PriorAuthorizationStatus? PriorAuthorization { get; init; }

    /// <summary>Null when no rule covering the service matched, and whenever the decision is not covered: nothing is paid to share.</summary>
    public CostShare? CostShare { get; init; }

    /// <summary>How the matched covering rule lets massage be paid; null when no rule covering massage matched.</summary>
    public RulePathway? Pathway { get; init; }

    /// <summary>The program a patient must be enrolled in, when <see cref="Pathway"/> is program enrollment.</summary>
    public string? ProgramName { get; init; }

    /// <summary>The services that share the visit cap with massage; null when massage has a cap of its own or none.</summary>
    public VisitPool? VisitPool { get; init; }

    /// <summary>
    /// The planned session's units and those paid; null unless the rule limits the session's minutes, the planned
    /// minutes are known, and the decision is covered or conditional (a not-covered visit pays no unit).
    /// </summary>
    public SessionUnits? Units { get; init; }

    /// <summary>The benefit period holding the as-of date; null unless a rule covering massage matched.</summary>
    public BenefitPeriod? BenefitPeriod { get; init; }

    /// <summary>Null when the decision is indeterminate.</summary>
    public MatchedRule? Rule { get; init; }

    public IReadOnlyList<Reason> Reasons { get; init; } = [];

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];
}
