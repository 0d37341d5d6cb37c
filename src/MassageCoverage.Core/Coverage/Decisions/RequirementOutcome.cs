namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One requirement of the matched rule, how the patient's answers stand against it (<see cref="Finding"/>), and the
/// number the check found (<see cref="Count"/>: see each <see cref="Coverage.Finding"/> for what it counts).
/// <see cref="HowToMeet"/> is the one step that meets or confirms it, when there is one. Eight bytes, stored inline
/// in the decision's array: the engine allocates one array for every requirement, not one object each, and keeps the
/// count as a flag beside an int rather than an <c>int?</c>, whose padding would make it twelve.
/// </summary>
public readonly record struct RequirementOutcome
{
    private readonly int _count;
    private readonly bool _hasCount;

    public RequirementOutcome(RequirementCode code, RequirementStatus status, Finding finding, int? count = null)
    {
        Code = code;
        Status = status;
        Finding = finding;
        Count = count;
    }

    public RequirementCode Code { get; init; }

    public RequirementStatus Status { get; init; }

    public Finding Finding { get; init; }

    public int? Count
    {
        get => _hasCount ? _count : null;
        init => (_hasCount, _count) = (value.HasValue, value.GetValueOrDefault());
    }

    public NextStep? HowToMeet => NextSteps.For(Finding);

    public bool IsBroken => Status != RequirementStatus.Met;

    /// <summary>Unmet, and nothing the patient does before the visit changes it: the service is not covered.</summary>
    public bool IsHardLimit => Finding is Finding.ServiceNotListed or Finding.ProviderNotAllowed or Finding.DiagnosisNotCovered
        or Finding.AgeOutsideLimits or Finding.NoVisitsLeft;
}
