using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Coverage;

/// <summary>Step 1 of the semantics: the rule in effect on the as-of date, found where the plan type says to look.</summary>
internal static class RuleFinder
{
    // One prepared owner per plan, state or Medicare entry, made on its first check: entries are immutable and live as
    // long as their catalog snapshot, so the engine does not allocate an owner or a rule's own values on every
    // evaluation.
    private static readonly ConditionalWeakTable<PlanEntry, PreparedOwner> _plans = [];
    private static readonly ConditionalWeakTable<MedicaidEntry, PreparedOwner> _medicaid = [];
    private static readonly ConditionalWeakTable<MedicareEntry, PreparedOwner> _medicare = [];

    // A state whose coverage is not known yet is the owner of its indeterminate decision, under its own name.
    private static readonly FrozenDictionary<string, CoverageOwner> _unknownStates = UsStates.All.ToFrozenDictionary(
        s => s.Code, s => new CoverageOwner(OwnerKind.Medicaid, s.Code, s.Name, null), StringComparer.Ordinal);

    public static RuleMatch Find(CoverageCatalog catalog, CoverageRequest request) => request.PlanType switch
    {
        PlanType.Medicaid => FindMedicaid(catalog, request),
        PlanType.Medicare => catalog.Medicare is { } medicare
            ? InEffect(_medicare.GetValue(medicare, static m => new(CoverageOwner.Medicare, m.Rules)), request.AsOf, medicare.Note)
            : RuleMatch.Missing(ReasonCode.NoMedicareRules),
        PlanType.NotSure => RuleMatch.Missing(ReasonCode.PlanTypeUnknown),
        PlanType.NoInsurance => RuleMatch.Missing(ReasonCode.NoInsurance),
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

        var owner = _plans.GetValue(plan, static p => new(new(OwnerKind.Plan, p.Code, p.Name, p.Insurer), p.Rules));
        return InEffect(owner, request.AsOf, null);
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
            return RuleMatch.Missing(ReasonCode.StateCoverageUnknown, _unknownStates[state.Code], entry?.Note);
        }

        // The catalog refuses an entry whose state code is not a state, so the entry's state is the request's.
        var owner = _medicaid.GetValue(entry, static e => UsStates.Find(e.StateCode) is { } s
            ? new(new(OwnerKind.Medicaid, s.Code, s.Name, e.Program), e.Rules)
            : throw new InvalidOperationException("A catalog holds only entries of known states."));
        return InEffect(owner, request.AsOf, entry.Note);
    }

    // The first version in effect, as RuleVersions.InEffectOn finds it, in a loop that allocates nothing.
    private static RuleMatch InEffect(PreparedOwner owner, DateOnly asOf, string? note)
    {
        foreach (var prepared in owner.Rules)
        {
            if (prepared.Rule.IsInEffectOn(asOf))
            {
                return RuleMatch.Found(owner.Owner, prepared);
            }
        }

        return RuleMatch.Missing(ReasonCode.NoRuleInEffect, owner.Owner, note);
    }
}
