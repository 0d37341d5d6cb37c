namespace MassageCoverage.Core.Coverage;

/// <summary>The decision's one sentence, as a code; its values are the decision's owner, request and requirements.</summary>
public enum SummaryCode
{
    CannotTell,
    Covers,

    /// <summary>Covered once the requirements that are not met are met or confirmed.</summary>
    CoversOnceMet,
    DoesNotCoverSituation,

    /// <summary>The rule in effect does not cover massage, or not this service.</summary>
    DoesNotCoverService,
}
