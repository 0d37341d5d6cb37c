namespace MassageCoverage.Core.Coverage;

/// <summary>The decision's one sentence, as a code; its values are the decision's owner, request and requirements.</summary>
public enum SummaryCode
{
    CannotTell,

    /// <summary>Cannot tell until the patient knows the kind of coverage they have.</summary>
    CoverageKindUnknown,

    /// <summary>Cannot tell until the patient knows which private or Medicare Advantage plan they have.</summary>
    PlanUnknown,
    Covers,

    /// <summary>Covered once the requirements that are not met are met or confirmed.</summary>
    CoversOnceMet,
    DoesNotCoverSituation,

    /// <summary>The rule in effect does not cover massage, or not this service.</summary>
    DoesNotCoverService,

    /// <summary>Not covered: the patient has no insurance to pay for the service.</summary>
    NoInsurance,
}
