using System.Globalization;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Coverage;

/// <summary>Step 1 of the semantics: the rule in effect on the as-of date, found where the plan type says to look.</summary>
internal static class RuleFinder
{
    public static RuleMatch Find(CoverageCatalog catalog, CoverageRequest request) => request.PlanType switch
    {
        PlanType.Medicaid => FindMedicaid(catalog, request),
        PlanType.Medicare => catalog.Medicare is { } medicare
            ? InEffect(new RuleOwner("Original Medicare", "Original Medicare"), medicare.Rules, request.AsOf, medicare.Note)
            : RuleMatch.Missing("We hold no Original Medicare rules."),
        _ => FindPlan(catalog, request),
    };

    private static RuleMatch FindPlan(CoverageCatalog catalog, CoverageRequest request)
    {
        var kind = request.PlanType == PlanType.MedicareAdvantage ? "Medicare Advantage plan" : "private plan";
        if (string.IsNullOrWhiteSpace(request.PlanCode))
        {
            return RuleMatch.Missing("No plan was chosen, so we cannot look up its rules.");
        }

        var plan = catalog.FindPlan(request.PlanCode);
        if (plan is null || plan.PlanType != request.PlanType)
        {
            return RuleMatch.Missing($"We have no {kind} with the code {Quoted.Of(request.PlanCode)}.");
        }

        return InEffect(new RuleOwner($"plan {plan.Code}", $"{plan.Name} from {plan.Insurer}"), plan.Rules, request.AsOf, null);
    }

    private static RuleMatch FindMedicaid(CoverageCatalog catalog, CoverageRequest request)
    {
        var state = UsStates.Find(request.State);
        if (state is null)
        {
            return RuleMatch.Missing("No US state was given, and Medicaid coverage is set by each state.");
        }

        var entry = catalog.FindMedicaid(state.Code);
        var owner = new RuleOwner($"Medicaid {state.Code}", $"{state.Name} Medicaid");
        if (entry is null || entry.Form == CoverageForm.Unknown)
        {
            return RuleMatch.Missing($"We have no reliable information on how {state.Name} Medicaid covers massage.", owner, entry?.Note);
        }

        return InEffect(owner with { Name = $"{state.Name} Medicaid ({entry.Program})" }, entry.Rules, request.AsOf, entry.Note);
    }

    private static RuleMatch InEffect(RuleOwner owner, IReadOnlyList<CoverageRule> rules, DateOnly asOf, string? note)
    {
        var rule = RuleVersions.InEffectOn(rules, asOf);
        return rule is not null
            ? RuleMatch.Found(owner, rule)
            : RuleMatch.Missing(
                $"We hold no rule of {owner.Name} in effect on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", owner, note);
    }
}
