using System.Runtime.CompilerServices;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Coverage;

/// <summary>Step 1 of the semantics: the rule in effect on the as-of date, found where the plan type says to look.</summary>
internal static class RuleFinder
{
    // One owner per plan or state entry, made on its first check: entries are immutable and live as long as their
    // catalog snapshot, so the engine does not allocate an owner on every evaluation.
    private static readonly ConditionalWeakTable<PlanEntry, CoverageOwner> _planOwners = [];
    private static readonly ConditionalWeakTable<MedicaidEntry, CoverageOwner> _medicaidOwners = [];

    public static RuleMatch Find(CoverageCatalog catalog, CoverageRequest request) => request.PlanType switch
    {
        PlanType.Medicaid => FindMedicaid(catalog, request),
        PlanType.Medicare => catalog.Medicare is { } medicare
            ? InEffect(CoverageOwner.Medicare, medicare.Rules, request.AsOf, medicare.Note)
            : RuleMatch.Missing(ReasonCode.NoMedicareRules),
        PlanType.NotSure => RuleMatch.Missing(ReasonCode.PlanTypeUnknown),
        _ => FindPlan(catalog, request),
    };

    private static RuleMatch FindPlan(CoverageCatalog catalog, CoverageRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.PlanCode))
        {
            return RuleMatch.Missing(ReasonCode.NoPlanChosen);
        }

        var plan = catalog.FindPlan(request.PlanCode);
        if (plan is null || plan.PlanType != request.PlanType)
        {
            return RuleMatch.Missing(ReasonCode.PlanNotFound);
        }

        var owner = _planOwners.GetValue(plan, static p => new(OwnerKind.Plan, p.Code, p.Name, p.Insurer));
        return InEffect(owner, plan.Rules, request.AsOf, null);
    }

    private static RuleMatch FindMedicaid(CoverageCatalog catalog, CoverageRequest request)
    {
        var state = UsStates.Find(request.State);
        if (state is null)
        {
            return RuleMatch.Missing(ReasonCode.NoState);
        }

        var entry = catalog.FindMedicaid(state.Code);
        if (entry is null || entry.Form == CoverageForm.Unknown)
        {
            return RuleMatch.Missing(ReasonCode.StateCoverageUnknown, new(OwnerKind.Medicaid, state.Code, state.Name, null), entry?.Note);
        }

        // The catalog refuses an entry whose state code is not a state, so the entry's state is the request's.
        var owner = _medicaidOwners.GetValue(entry, static e => UsStates.Find(e.StateCode) is { } s
            ? new(OwnerKind.Medicaid, s.Code, s.Name, e.Program)
            : throw new InvalidOperationException("A catalog holds only entries of known states."));
        return InEffect(owner, entry.Rules, request.AsOf, entry.Note);
    }

    // The first version in effect, as RuleVersions.InEffectOn finds it, in a loop that allocates nothing.
    private static RuleMatch InEffect(CoverageOwner owner, IReadOnlyList<CoverageRule> rules, DateOnly asOf, string? note)
    {
        CoverageRule? rule = null;
        for (var i = 0; i < rules.Count && rule is null; i++)
        {
            rule = rules[i].IsInEffectOn(asOf) ? rules[i] : null;
        }

        return rule is not null ? RuleMatch.Found(owner, rule) : RuleMatch.Missing(ReasonCode.NoRuleInEffect, owner, note);
    }
}
