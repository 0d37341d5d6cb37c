namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// EB12, which network a benefit line applies to: never whether a given provider belongs to that network, which a 271
/// cannot say (docs/x12-271.md section 4).
/// </summary>
public enum NetworkIndicator
{
    /// <summary>EB12 absent: the line does not distinguish networks.</summary>
    NotStated,

    /// <summary>Y: applies to in-network providers.</summary>
    InNetwork,

    /// <summary>N: applies to out-of-network providers.</summary>
    OutOfNetwork,

    /// <summary>W: not applicable, the line applies whatever the network.</summary>
    NotApplicable,

    /// <summary>U: the payer does not know which network the line applies to.</summary>
    Unknown,
}
