namespace MassageCoverage.Core.Coverage;

/// <summary>The kind of coverage a patient has; it decides where the engine looks for the rule.</summary>
public enum PlanType
{
    Private,
    Medicare,
    MedicareAdvantage,
    Medicaid,

    /// <summary>
    /// The patient does not know which kind they have. Not an error: the engine answers indeterminate with the steps
    /// that find it out (the card, member services, Medicare, the state's Medicaid agency).
    /// </summary>
    NotSure,

    /// <summary>
    /// The patient has no insurance: nobody pays, so the engine answers not covered, with the ways to pay or to get
    /// coverage (a Good Faith Estimate from the clinic, an HSA or FSA, Medicaid or the Marketplace: docs/domain.md
    /// section 5b).
    /// </summary>
    NoInsurance,
}
