using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// A state's criteria must say what its rule says (<see cref="CoverageForms.Of(RuleTerms)"/>): its coverage form is
/// the form of every dated version it has. The import and the state editor both validate with this, through
/// <see cref="MedicaidDocumentValidator"/>; an unknown state carries no version at all, which is checked apart.
/// </summary>
internal static class FormAgreement
{
    /// <summary>Why the document's form disagrees with its first disagreeing version, in date order; null when none does.</summary>
    public static string? Disagreement(MedicaidDocument state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!FormatTokens.CoverageForms.IsKnown(state.CoverageForm))
        {
            return null;
        }

        var form = FormatTokens.CoverageForms.Parse(state.CoverageForm!);
        if (form == CoverageForm.Unknown)
        {
            return null;
        }

        var versions = state.Rules ?? (state.Rule is { } single ? [single] : []);
        foreach (var rule in versions.OrderBy(r => r?.EffectiveFrom, StringComparer.Ordinal))
        {
            if (FormOf(rule) is { } ruleForm && ruleForm != form)
            {
                return $"is {Described(form)}, but the rule version from {rule!.EffectiveFrom} to {rule.EffectiveTo ?? "no end date"} "
                    + $"is {Described(ruleForm)}: each rule version of a state must be of its coverage form "
                    + "(notCovered for a version that covers nothing, waiverOnly for programEnrollment, withinTherapy for "
                    + "withinTherapyPlanOfCare or sameDayTherapyAdjunct, standalone for standalone).";
            }
        }

        return null;
    }

    private static string Described(CoverageForm form) => $"{form.Token()} (\"{form.Label()}\")";

    /// <summary>The form a version stands for; null while its own errors (reported at its path) leave that open.</summary>
    private static CoverageForm? FormOf(RuleDocument? rule) => rule?.Covered switch
    {
        null => null,
        false => CoverageForm.NotCovered,
        true when rule.Pathway is null => CoverageForms.Of(RulePathway.Standalone),
        true when FormatTokens.Pathways.IsKnown(rule.Pathway) => CoverageForms.Of(FormatTokens.Pathways.Parse(rule.Pathway)),
        _ => null,
    };
}
