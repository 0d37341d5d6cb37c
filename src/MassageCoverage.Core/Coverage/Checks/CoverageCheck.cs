namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One check of one requirement. It explains itself: the outcome carries the detail the patient reads and, when the
/// patient can act, the next step. A hard limit (step 3 of the semantics) makes the service not covered at all.
/// </summary>
internal abstract class CoverageCheck
{
    public abstract RequirementCode Code { get; }

    /// <summary>Whether the rule sets this requirement; the decision lists only those.</summary>
    public abstract bool IsAskedBy(CoverageRule rule);

    public abstract CheckOutcome Check(CoverageRule rule, CoverageRequest request);

    protected CheckOutcome Met(string detail, string? nextStep = null) => Outcome(RequirementStatus.Met, detail, false, nextStep);

    protected CheckOutcome Unmet(string detail, string nextStep) => Outcome(RequirementStatus.Unmet, detail, false, nextStep);

    protected CheckOutcome Unknown(string detail, string nextStep) => Outcome(RequirementStatus.Unknown, detail, false, nextStep);

    /// <summary>Unmet, and nothing the patient does before the visit changes it: the service is not covered.</summary>
    protected CheckOutcome HardLimit(string detail, string nextStep) => Outcome(RequirementStatus.Unmet, detail, true, nextStep);

    private CheckOutcome Outcome(RequirementStatus status, string detail, bool hardLimit, string? nextStep) =>
        new(new RequirementOutcome(Code, status, detail, nextStep), hardLimit, nextStep);
}

internal sealed record CheckOutcome(RequirementOutcome Requirement, bool IsHardLimit, string? NextStep)
{
    public bool IsBroken => Requirement.Status != RequirementStatus.Met;

    public string Message => Requirement.Detail;
}
