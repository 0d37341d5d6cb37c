namespace MassageCoverage.Core.Coverage;

public enum OwnerKind
{
    Plan,
    Medicaid,
    Medicare,
}

/// <summary>
/// Whose rule a decision rests on, as values from the data: a plan (<see cref="Code"/>, <see cref="Name"/>, insurer in
/// <see cref="Detail"/>), a state's Medicaid (state code, state name, program in <see cref="Detail"/> once the state's
/// criteria are known), or Original Medicare.
/// </summary>
public sealed record CoverageOwner(OwnerKind Kind, string Code, string Name, string? Detail)
{
    public static CoverageOwner Medicare { get; } = new(OwnerKind.Medicare, "", "", null);
}
