using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A state's Medicaid criteria. <paramref name="Note"/> is shown to the patient when the engine cannot decide
/// (Oregon: each coordinated care organisation sets its own rules). No rule while <paramref name="Form"/> is unknown.
/// </summary>
public sealed record MedicaidEntry(
    string StateCode,
    string Program,
    CoverageForm Form,
    string? Populations,
    string? Note,
    IReadOnlyList<CoverageRule> Rules,
    string? Source = null,
    DateOnly? LastVerified = null);
