namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>The EB03 service type codes that can answer for massage (docs/domain.md section 2, docs/x12-271.md section 3).</summary>
public static class ServiceTypes
{
    public const string MassageTherapy = "BE";
    public const string PhysicalMedicine = "AE";
    public const string PhysicalTherapy = "PT";
    public const string Chiropractic = "33";
    public const string HealthBenefitPlanCoverage = "30";

    /// <summary>
    /// The order in which they answer: massage itself, then the services massage is most often covered inside
    /// (physical medicine, physical therapy, chiropractic), then the plan as a whole.
    /// </summary>
    public static IReadOnlyList<string> MassageOrder { get; } =
        [MassageTherapy, PhysicalMedicine, PhysicalTherapy, Chiropractic, HealthBenefitPlanCoverage];
}
