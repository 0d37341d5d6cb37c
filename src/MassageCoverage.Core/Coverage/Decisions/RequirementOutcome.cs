namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One requirement of the matched rule, how the patient's answers stand against it (<paramref name="Finding"/>), and
/// the number the check found (<paramref name="Count"/>: see each <see cref="Coverage.Finding"/> for what it counts).
/// <see cref="HowToMeet"/> is the one step that meets or confirms it, when there is one. Twelve bytes, stored inline
/// in the decision's array: the engine allocates one array for every requirement, not one object each.
/// </summary>
public readonly record struct RequirementOutcome(
    RequirementCode Code,
    RequirementStatus Status,
    Finding Finding,
    int? Count = null)
{
    public NextStep? HowToMeet => NextSteps.For(Finding);

    public bool IsBroken => Status != RequirementStatus.Met;

    /// <summary>Unmet, and nothing the patient does before the visit changes it: the service is not covered.</summary>
    public bool IsHardLimit => Finding is Finding.ServiceNotListed or Finding.ProviderNotAllowed or Finding.DiagnosisNotCovered
        or Finding.AgeOutsideLimits or Finding.NoVisitsLeft;
}
