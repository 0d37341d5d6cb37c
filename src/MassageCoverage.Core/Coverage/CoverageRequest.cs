namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A patient's situation. A null answer means "unknown", which the engine reports as such and never guesses.
/// <see cref="AsOf"/> is an input: the engine never reads the clock.
/// </summary>
public sealed record CoverageRequest
{
    public required PlanType PlanType { get; init; }

    /// <summary>Two-letter code; needed for Medicaid.</summary>
    public string? State { get; init; }

    /// <summary>Needed for private and Medicare Advantage plans.</summary>
    public string? PlanCode { get; init; }

    public string ServiceCode { get; init; } = CptCodes.Massage;

    /// <summary>ICD-10-CM codes; empty when the diagnosis is unknown.</summary>
    public IReadOnlyList<string> DiagnosisCodes { get; init; } = [];

    public ProviderType ProviderType { get; init; } = ProviderType.MassageTherapist;

    public bool? TherapistLicensed { get; init; }

    public bool? InNetwork { get; init; }

    public bool? HasReferral { get; init; }

    public DateOnly? ReferralDate { get; init; }

    public bool? PriorAuthorizationObtained { get; init; }

    /// <summary>Visits already used in this benefit year; the visit being checked is number VisitsUsed + 1.</summary>
    public int VisitsUsed { get; init; }

    public int? PatientAge { get; init; }

    /// <summary>Enrolled in the program a rule names (a waiver, a pilot); null when not known.</summary>
    public bool? EnrolledInProgram { get; init; }

    /// <summary>Under a physical or occupational therapy plan of care that includes the massage; null when not known.</summary>
    public bool? InTherapyPlanOfCare { get; init; }

    /// <summary>A physical or occupational therapy visit on the same day as the massage; null when not known.</summary>
    public bool? TherapyVisitSameDay { get; init; }

    /// <summary>Visits of every service in the rule's pool this benefit period; replaces VisitsUsed for a pooled cap.</summary>
    public int? PooledVisitsUsed { get; init; }

    /// <summary>How long the session will be, in minutes (1-480); null when not known.</summary>
    public int? PlannedMinutes { get; init; }

    public required DateOnly AsOf { get; init; }
}
