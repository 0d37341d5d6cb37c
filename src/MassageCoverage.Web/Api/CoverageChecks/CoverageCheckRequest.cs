using System.ComponentModel;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// The body of <c>POST /api/v1/coverage-checks</c> as a client sends it. Enum-like fields and dates are strings, so a
/// word or date we do not know is a field error from the validator rather than a failure of the JSON reader;
/// a null answer means "unknown". The descriptions reach the OpenAPI document.
/// </summary>
internal sealed record CoverageCheckRequest
{
    [Description("private, medicare, medicareAdvantage, medicaid, notSure when the patient does not know (answered indeterminate with the steps to find out), "
        + "or noInsurance (answered notCovered with the ways to pay: a Good Faith Estimate, an HSA or FSA, and Medicaid or the Marketplace; with a state, its Medicaid agency).")]
    public string? PlanType { get; init; }

    [Description("Two-letter code of a US state or DC; needed for medicaid.")]
    public string? State { get; init; }

    [Description("The plan's code, such as acme-ppo-gold, for private and medicareAdvantage; without it the answer is indeterminate with the steps to find the plan.")]
    public string? PlanCode { get; init; }

    [Description("CPT code: 97124 (massage) when absent.")]
    public string? ServiceCode { get; init; }

    [Description("ICD-10-CM codes such as M54.50, at most 12; empty when the diagnosis is unknown.")]
    public IReadOnlyList<string?>? DiagnosisCodes { get; init; }

    [Description("massageTherapist (when absent), physicalTherapist, occupationalTherapist or chiropractor.")]
    public string? ProviderType { get; init; }

    [Description("true, false, or null when unknown.")]
    public bool? TherapistLicensed { get; init; }

    [Description("true, false, or null when unknown.")]
    public bool? InNetwork { get; init; }

    [Description("true, false, or null when unknown.")]
    public bool? HasReferral { get; init; }

    [Description(IsoDate.Pattern + ", not after asOf.")]
    public string? ReferralDate { get; init; }

    [Description("Whether prior authorization was obtained: true, false, or null when unknown.")]
    public bool? PriorAuthorization { get; init; }

    [Description("Visits already used this benefit year, 0 to 1000; 0 when absent.")]
    public int? VisitsUsed { get; init; }

    [Description("The patient's age in years, 0 to 120, or null when unknown.")]
    public int? PatientAge { get; init; }

    [Description("Enrolled in the program the rule names (a waiver, a pilot): true, false, or null when unknown.")]
    public bool? EnrolledInProgram { get; init; }

    [Description("The massage is part of a physical or occupational therapy plan of care: true, false, or null when unknown.")]
    public bool? InTherapyPlanOfCare { get; init; }

    [Description("A physical or occupational therapy visit on the day of the massage: true, false, or null when unknown.")]
    public bool? TherapyVisitSameDay { get; init; }

    [Description("Visits of every service in the rule's shared visit cap this benefit period (massage included), 0 to 1000, or null when unknown.")]
    public int? PooledVisitsUsed { get; init; }

    [Description("How long the session will be in minutes, 1 to 480, or null when unknown.")]
    public int? PlannedMinutes { get; init; }

    [Description($"The date of the visit, {IsoDate.Pattern}; today when absent.")]
    public string? AsOf { get; init; }
}
