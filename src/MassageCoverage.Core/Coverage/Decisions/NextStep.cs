namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The patient's steps (docs/domain.md section 1): referral, read the policy, document medical necessity, call the
/// insurer and keep a record, tailored to what is unmet or unknown, and the appeal path when not covered. The web
/// project puts each into words from the decision's rule and request.
/// </summary>
public enum NextStep : byte
{
    AskForCoveredCode,
    ApplyToProgram,
    CheckEnrollment,
    AskForAllowedProvider,
    GetPlanOfCare,
    CheckPlanOfCare,
    BookSameDayTherapy,
    CheckSameDayTherapy,
    AskForReferral,
    CheckReferralDate,
    AskForNewReferral,
    DocumentDiagnosis,
    AskForOtherDiagnosis,
    ChooseLicensedTherapist,
    CheckLicence,
    FindInNetworkTherapist,
    AskWhetherInNetwork,
    RequestAuthorization,
    RequestAuthorizationLater,
    GiveAge,
    AskForOtherBenefit,
    AskSessionLength,
    ShortenSession,
    AskVisitsUsed,
    AskForMoreVisits,
    ReadPolicy,
    DocumentMedicalNecessity,
    Appeal,
    KeepRecord,
    AskWhenUnknown,

    /// <summary>Tell the kind of coverage from the insurance card (the plan type is not known).</summary>
    IdentifyCoverageFromCard,

    /// <summary>Find the plan's name on the card, then check again with it (the plan is not known).</summary>
    FindPlanOnCard,

    /// <summary>Call the member-services number on the back of the card.</summary>
    CallMemberServices,

    /// <summary>Call 1-800-MEDICARE.</summary>
    CallMedicare,

    /// <summary>Call the state's Medicaid agency (the request's state when it names one).</summary>
    CallMedicaidAgency,

    /// <summary>
    /// Ask the clinic for a Good Faith Estimate of the charges, which a patient who pays for themselves has the right to
    /// [45 CFR 149.610; docs/domain.md section 5b].
    /// </summary>
    GetGoodFaithEstimate,

    /// <summary>Pay from an HSA or FSA, with a letter of medical necessity [IRS Publication 502; docs/domain.md section 5b].</summary>
    PayWithHealthAccount,

    /// <summary>
    /// See whether Medicaid (any time of year) or a Marketplace plan could cover the patient, through the request's
    /// state's Medicaid agency when it names one [HealthCare.gov; docs/domain.md section 5b].
    /// </summary>
    LookForCoverage,
}

internal static class NextSteps
{
    /// <summary>The one step that meets or confirms what a check found; null when there is nothing to do.</summary>
    public static NextStep? For(Finding finding) => finding switch
    {
        Finding.ServiceNotListed => NextStep.AskForCoveredCode,
        Finding.NotEnrolled => NextStep.ApplyToProgram,
        Finding.EnrollmentUnknown => NextStep.CheckEnrollment,
        Finding.ProviderNotAllowed => NextStep.AskForAllowedProvider,
        Finding.NotInPlanOfCare => NextStep.GetPlanOfCare,
        Finding.PlanOfCareUnknown => NextStep.CheckPlanOfCare,
        Finding.NoSameDayVisit => NextStep.BookSameDayTherapy,
        Finding.SameDayVisitUnknown => NextStep.CheckSameDayTherapy,
        Finding.ReferralUnknown or Finding.NoReferral => NextStep.AskForReferral,
        Finding.ReferralDateUnknown or Finding.ReferralDatedAfterVisit => NextStep.CheckReferralDate,
        Finding.ReferralExpired => NextStep.AskForNewReferral,
        Finding.DiagnosisUnknown => NextStep.DocumentDiagnosis,
        Finding.DiagnosisNotCovered => NextStep.AskForOtherDiagnosis,
        Finding.NotLicensed => NextStep.ChooseLicensedTherapist,
        Finding.LicenceUnknown => NextStep.CheckLicence,
        Finding.OutOfNetwork => NextStep.FindInNetworkTherapist,
        Finding.NetworkUnknown => NextStep.AskWhetherInNetwork,
        Finding.AuthorizationMissing or Finding.AuthorizationUnknown => NextStep.RequestAuthorization,
        Finding.AuthorizationNotYetNeeded => NextStep.RequestAuthorizationLater,
        Finding.AgeUnknown => NextStep.GiveAge,
        Finding.AgeOutsideLimits => NextStep.AskForOtherBenefit,
        Finding.SessionLengthUnknown => NextStep.AskSessionLength,
        Finding.SessionTooLong => NextStep.ShortenSession,
        Finding.VisitsUsedUnknown => NextStep.AskVisitsUsed,
        Finding.NoVisitsLeft => NextStep.AskForMoreVisits,
        _ => null,
    };
}
