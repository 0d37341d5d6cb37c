namespace MassageCoverage.Core.Coverage;

public enum RequirementStatus
{
    Met,
    Unmet,
    Unknown,
}
