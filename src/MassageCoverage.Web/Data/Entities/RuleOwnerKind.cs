namespace MassageCoverage.Web.Data.Entities;

/// <summary>Whose rule a <see cref="RuleVersion"/> is: exactly one owner, enforced by a check constraint.</summary>
public enum RuleOwnerKind
{
    Plan,
    Medicaid,
    Medicare,
}
