namespace MassageCoverage.Core.Coverage;

/// <summary>Prior authorization for this visit, in Da Vinci CRD's words (docs/domain.md section 6).</summary>
public enum PriorAuthorizationStatus
{
    /// <summary>The rule never asks for it.</summary>
    NoAuth,

    /// <summary>Not needed for this visit, but needed after the rule's number of visits.</summary>
    Conditional,

    /// <summary>Needed for this visit, and not obtained or not known to be.</summary>
    AuthNeeded,

    /// <summary>Needed for this visit and obtained.</summary>
    Satisfied,
}
