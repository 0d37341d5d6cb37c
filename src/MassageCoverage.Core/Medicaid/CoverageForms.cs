using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Medicaid;

/// <summary>
/// The one relation between a state's coverage form and its rule, so the criteria a person reads and the rule a check
/// applies cannot tell two stories. The map, the state editor, the rule editor and the import all ask this.
/// </summary>
public static class CoverageForms
{
    /// <summary>
    /// The form a rule stands for: no rule is <see cref="CoverageForm.Unknown"/>, a rule that covers nothing is
    /// <see cref="CoverageForm.NotCovered"/>, and a covered rule's form is its pathway's: standalone, waiver only for
    /// program enrolment, within therapy for a therapy plan of care or a same-day adjunct.
    /// </summary>
    public static CoverageForm Of(RuleTerms? rule) => rule switch
    {
        null => CoverageForm.Unknown,
        { Covered: false } => CoverageForm.NotCovered,
        _ => Of(rule.Pathway),
    };

    /// <summary>The form of a covered rule with <paramref name="pathway"/>.</summary>
    public static CoverageForm Of(RulePathway pathway) => pathway switch
    {
        RulePathway.Standalone => CoverageForm.Standalone,
        RulePathway.ProgramEnrollment => CoverageForm.WaiverOnly,
        RulePathway.WithinTherapyPlanOfCare or RulePathway.SameDayTherapyAdjunct => CoverageForm.WithinTherapy,
        _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "A pathway this version does not know."),
    };
}
