namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One requirement of the matched rule, how the patient's answers stand against it, and why in plain words;
/// <paramref name="HowToMeet"/> is the one step that meets or confirms it, when there is one.
/// </summary>
public sealed record RequirementOutcome(RequirementCode Code, RequirementStatus Status, string Detail, string? HowToMeet = null);
