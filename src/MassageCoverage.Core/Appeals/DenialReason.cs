namespace MassageCoverage.Core.Appeals;

/// <summary>The common reasons a claim for massage is denied (docs/domain.md section 5), each answered differently in an appeal.</summary>
public enum DenialReason
{
    NotMedicallyNecessary,
    MaintenanceCare,
    DiagnosisNotSupported,
    VisitLimitExceeded,
    IncompleteDocumentation,
    WellnessService,
    Other,
}

/// <summary>Where the patient's appeal of a denial stands.</summary>
public enum AppealStatus
{
    NotStarted,
    Drafted,
    Sent,
    Decided,
}

/// <summary>What the plan decided on the appeal.</summary>
public enum AppealOutcome
{
    Approved,
    PartlyApproved,
    Upheld,
}
