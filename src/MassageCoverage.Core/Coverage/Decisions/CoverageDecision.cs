namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The engine's answer and everything it rests on: every requirement the matched rule asks for with its outcome,
/// the reasons, and the patient's next steps.
/// </summary>
public sealed record CoverageDecision
{
    public required Decision Decision { get; init; }

    /// <summary>One plain sentence.</summary>
    public required string Summary { get; init; }

    public IReadOnlyList<RequirementOutcome> Requirements { get; init; } = [];

    public int? VisitsAllowed { get; init; }

    public int? VisitsRemaining { get; init; }

    /// <summary>Null when no rule covering the service matched: the engine does not guess whether one is needed.</summary>
    public PriorAuthorizationStatus? PriorAuthorization { get; init; }

    /// <summary>Null when no rule covering the service matched.</summary>
    public CostShare? CostShare { get; init; }

    /// <summary>Null when the decision is indeterminate.</summary>
    public MatchedRule? Rule { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<string> NextSteps { get; init; } = [];
}
