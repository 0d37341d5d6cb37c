namespace MassageCoverage.Core.Appeals;

/// <summary>
/// The kind of plan that denied a claim, as far as appeals go: each has its own steps and deadlines
/// (docs/domain.md section 5b). Medicaid splits in two because a managed care plan's appeal comes before the state's
/// fair hearing, while fee-for-service Medicaid goes to the fair hearing directly.
/// </summary>
public enum AppealRoute
{
    /// <summary>Employer or individual (Marketplace) insurance: the ACA's internal appeal, then external review.</summary>
    Private,
    MedicareAdvantage,
    OriginalMedicare,
    MedicaidManagedCare,
    MedicaidFeeForService,

    /// <summary>The patient cannot tell: the notice says which deadline applies.</summary>
    NotSure,
}

/// <summary>The appeal steps the regulations name.</summary>
public enum AppealStep
{
    InternalAppeal,
    ExternalReview,
    Reconsideration,
    Redetermination,
    PlanAppeal,
    FairHearing,
}

/// <summary>What a deadline is counted from.</summary>
public enum DeadlineStart
{
    /// <summary>The date on the denial notice (the first step).</summary>
    DenialNotice,

    /// <summary>The date of the plan's decision on the appeal (the next step).</summary>
    PlanDecision,
}
