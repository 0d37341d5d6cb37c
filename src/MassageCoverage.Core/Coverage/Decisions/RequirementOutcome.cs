namespace MassageCoverage.Core.Coverage;

/// <summary>One requirement of the matched rule, how the patient's answers stand against it, and why in plain words.</summary>
public sealed record RequirementOutcome(RequirementCode Code, RequirementStatus Status, string Detail);
