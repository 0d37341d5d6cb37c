namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// Whose rule something is about, by the identifiers the catalog keeps for good: a plan's code (never changed once
/// made), a state's two-letter code for its Medicaid program, or Original Medicare (neither).
/// </summary>
public sealed record RuleOwnerRef(RuleOwnerKind Kind, string? PlanCode, string? StateCode)
{
    public const int PlanCodeMaxLength = 80;

    public static RuleOwnerRef Plan(string code) => new(RuleOwnerKind.Plan, code, null);

    public static RuleOwnerRef Medicaid(string stateCode) => new(RuleOwnerKind.Medicaid, null, stateCode);

    public static RuleOwnerRef Medicare { get; } = new(RuleOwnerKind.Medicare, null, null);

    /// <summary>The owner as one short code, as a patient's export writes it: <c>plan:CODE</c>, <c>medicaid:CO</c> or <c>medicare</c>.</summary>
    public string Code => Kind switch
    {
        RuleOwnerKind.Plan => $"plan:{PlanCode}",
        RuleOwnerKind.Medicaid => $"medicaid:{StateCode}",
        _ => "medicare",
    };
}
