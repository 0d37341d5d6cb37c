namespace MassageCoverage.Core.Coverage;

/// <summary>
/// What one check found, as a code the web project puts into words; its numbers travel beside it on
/// <see cref="RequirementOutcome"/>, and the rule's own limits on <see cref="CoverageDecision.AppliedRule"/>.
/// </summary>
public enum Finding : byte
{
    ServiceListed,
    ServiceNotListed,
    Enrolled,
    NotEnrolled,
    EnrollmentUnknown,
    ProviderAllowed,
    ProviderNotAllowed,
    InPlanOfCare,
    NotInPlanOfCare,
    PlanOfCareUnknown,
    SameDayVisit,
    NoSameDayVisit,
    SameDayVisitUnknown,
    ReferralUnknown,
    NoReferral,
    ReferralHeld,
    ReferralDateUnknown,
    ReferralDatedAfterVisit,

    /// <summary>Within the rule's validity; <see cref="RequirementOutcome.Count"/> is its age in days.</summary>
    ReferralValid,

    /// <summary>Older than the rule's validity; <see cref="RequirementOutcome.Count"/> is its age in days.</summary>
    ReferralExpired,
    DiagnosisUnknown,

    /// <summary><see cref="RequirementOutcome.Count"/> is the index of the covered code in the request's diagnosis codes.</summary>
    DiagnosisCovered,
    DiagnosisNotCovered,
    Licensed,
    NotLicensed,
    LicenceUnknown,
    InNetwork,
    OutOfNetwork,
    NetworkUnknown,

    /// <summary>For this and the next three, <see cref="RequirementOutcome.Count"/> is the number of this visit.</summary>
    AuthorizationObtained,
    AuthorizationNotYetNeeded,
    AuthorizationMissing,
    AuthorizationUnknown,
    AgeUnknown,

    /// <summary>For this and the next, <see cref="RequirementOutcome.Count"/> is the patient's age.</summary>
    AgeOutsideLimits,
    AgeWithinLimits,
    SessionLengthUnknown,

    /// <summary>For this and the next, <see cref="RequirementOutcome.Count"/> is the planned minutes.</summary>
    SessionWithinLimit,

    /// <summary><see cref="RequirementOutcome.Count"/> is the units paid of the planned session.</summary>
    SessionTooLong,
    VisitsUsedUnknown,

    /// <summary>For this and the next, <see cref="RequirementOutcome.Count"/> is the visits used against the cap.</summary>
    NoVisitsLeft,
    VisitsLeft,
}
