namespace MassageCoverage.Core.Coverage;

/// <summary>The kind of coverage a patient has; it decides where the engine looks for the rule.</summary>
public enum PlanType
{
    Private,
    Medicare,
    MedicareAdvantage,
    Medicaid,
}
