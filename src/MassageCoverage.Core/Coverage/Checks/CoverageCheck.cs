namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One check of one requirement. It explains itself: the outcome carries what it found as a code and its values,
/// and the step the patient can take follows from the finding. A hard limit (step 3 of the semantics) makes the
/// service not covered at all.
/// </summary>
internal abstract class CoverageCheck
{
    public abstract RequirementCode Code { get; }

    /// <summary>Whether the rule sets this requirement; the decision lists only those.</summary>
    public abstract bool IsAskedBy(RuleTerms rule);

    public abstract RequirementOutcome Check(RuleTerms rule, CoverageRequest request);

    protected RequirementOutcome Met(Finding finding, int? count = null) => new(Code, RequirementStatus.Met, finding, count);

    protected RequirementOutcome Unmet(Finding finding, int? count = null) => new(Code, RequirementStatus.Unmet, finding, count);

    protected RequirementOutcome Unknown(Finding finding, int? count = null) => new(Code, RequirementStatus.Unknown, finding, count);

    /// <summary>
    /// Unmet, and nothing the patient does before the visit changes it: the service is not covered. Only the findings
    /// that <see cref="RequirementOutcome.IsHardLimit"/> names are.
    /// </summary>
    protected RequirementOutcome HardLimit(Finding finding, int? count = null) =>
        new RequirementOutcome(Code, RequirementStatus.Unmet, finding, count) is { IsHardLimit: true } outcome
            ? outcome
            : throw new InvalidOperationException($"{finding} is not a hard limit.");
}
