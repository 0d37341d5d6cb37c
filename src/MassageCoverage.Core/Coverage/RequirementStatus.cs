namespace MassageCoverage.Core.Coverage;

public enum RequirementStatus : byte
{
    Met,
    Unmet,
    Unknown,
}
