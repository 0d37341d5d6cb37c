using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Discrepancies;

/// <summary>A <see cref="RuleOwnerRef"/> read against the catalog snapshot: its rule versions and its name.</summary>
public static class CatalogOwners
{
    /// <summary>The owner's rule versions; empty for an owner the catalog does not hold (or a state with no rule).</summary>
    public static IReadOnlyList<CoverageRule> RulesOf(CoverageCatalog catalog, RuleOwnerRef owner)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            RuleOwnerKind.Plan => catalog.FindPlan(owner.PlanCode)?.Rules ?? [],
            RuleOwnerKind.Medicaid => catalog.FindMedicaid(owner.StateCode)?.Rules ?? [],
            _ => catalog.Medicare?.Rules ?? [],
        };
    }

    /// <summary>The owner whose rule a decision rests on.</summary>
    public static RuleOwnerRef Of(CoverageOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            OwnerKind.Plan => RuleOwnerRef.Plan(owner.Code),
            OwnerKind.Medicaid => RuleOwnerRef.Medicaid(owner.Code),
            _ => RuleOwnerRef.Medicare,
        };
    }

    /// <summary>The owner as a patient reads it: a plan's name as entered, "Original Medicare", "Colorado Medicaid".</summary>
    public static Localized Name(CoverageCatalog catalog, RuleOwnerRef owner)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            RuleOwnerKind.Plan => catalog.FindPlan(owner.PlanCode) is { } plan
                ? Localized.Format("{0} ({1})", AsEntered.Name(plan.Name), AsEntered.Name(plan.Insurer))
                : Localized.Format("{0}", AsEntered.Name(owner.PlanCode ?? "")),
            RuleOwnerKind.Medicaid => Localized.Format(DiscrepancyStrings.OwnerMedicaid, StateText.Name(owner.StateCode)),
            _ => DiscrepancyStrings.AboutMedicare,
        };
    }

    /// <summary>The owner as staff read it (English only): the plan's name and code, the state's Medicaid, Original Medicare.</summary>
    public static string StaffName(CoverageCatalog catalog, RuleOwnerRef owner)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            RuleOwnerKind.Plan => catalog.FindPlan(owner.PlanCode) is { } plan ? $"{plan.Insurer}: {plan.Name}" : $"plan {owner.PlanCode}",
            RuleOwnerKind.Medicaid => $"{UsStates.Find(owner.StateCode)?.Name ?? owner.StateCode} Medicaid",
            _ => "Original Medicare",
        };
    }
}
