namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The answer, in the vocabulary of HL7 Da Vinci CRD's coverage-information extension (docs/domain.md section 6).
/// <see cref="Indeterminate"/> is a first-class answer, not an error.
/// </summary>
public enum Decision
{
    Covered,
    Conditional,
    NotCovered,
    Indeterminate,
}
