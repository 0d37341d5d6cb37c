using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Coverage.Calls;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Discrepancies;

namespace MassageCoverage.Web.Pages.Staff.Discrepancies;

/// <summary>
/// A report as staff read it (the console is English): whose rule, the term, both values in words, the version
/// compared, and where to fix the rule. It shows the stored row and nothing more: no patient is named anywhere.
/// </summary>
public sealed record ReportView(DiscrepancyReport Report, string Owner, string Field, string CallSaid, string RuleSaid, CoverageRule? Version, string? RulesPath, string? NewRulePath)
{
    /// <param name="admin">Whether the reader may open the admin console, where a state's Medicaid rule is kept.</param>
    public static ReportView Of(DiscrepancyReport report, CoverageCatalog catalog, bool admin)
    {
        ArgumentNullException.ThrowIfNull(report);
        var owner = report.Owner;
        string Words(string code) => FieldValue.Parse(code) is { } value ? DiscrepancyText.Value(report.Field, value).ToString() : code;
        var version = CatalogOwners.RulesOf(catalog, owner).FirstOrDefault(r => r.Id == report.RuleVersionId);
        // Plans' rules are kept on /staff; a state's Medicaid rule by admins; Original Medicare's comes only from the catalog file.
        var (rules, newRule) = owner.Kind switch
        {
            RuleOwnerKind.Plan => ($"/staff/plans/{owner.PlanCode}", $"/staff/plans/{owner.PlanCode}/rules/new"),
            RuleOwnerKind.Medicaid when admin => ($"/admin/medicaid/{owner.StateCode}", null),
            _ => ((string?)null, (string?)null),
        };
        return new(report, CatalogOwners.StaffName(catalog, owner), DiscrepancyText.Field(report.Field), Words(report.CallValue),
            Words(report.RuleValue), version, rules, newRule);
    }

    public static string Outcome(DiscrepancyOutcome? outcome) => outcome switch
    {
        DiscrepancyOutcome.RuleUpdated => "Rule updated",
        DiscrepancyOutcome.CallWasWrong => "Insurer was wrong",
        DiscrepancyOutcome.Other => "Other",
        _ => "Open",
    };
}
