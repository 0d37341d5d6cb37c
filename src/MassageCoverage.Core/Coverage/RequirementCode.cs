namespace MassageCoverage.Core.Coverage;

/// <summary>What a requirement is about; the API writes these in camelCase (referral, licensedTherapist, ...).</summary>
public enum RequirementCode : byte
{
    Referral,
    LicensedTherapist,
    InNetwork,
    PriorAuthorization,
    Diagnosis,
    VisitLimit,
    Age,
    ProviderType,
    ServiceCode,
    ProgramEnrollment,
    PlanOfCare,
    SameDayTherapy,
    SessionLength,
}
