namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for massage only on a day with a physical or occupational therapy visit (a same-day adjunct,
/// docs/domain.md section 5). No such visit is not a hard limit: the visits can be booked together.
/// </summary>
internal sealed class SameDayTherapyCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.SameDayTherapy;

    public override bool IsAskedBy(RuleTerms rule) => rule.Pathway == RulePathway.SameDayTherapyAdjunct;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request) => request.TherapyVisitSameDay switch
    {
        true => Met(Finding.SameDayVisit),
        false => Unmet(Finding.NoSameDayVisit),
        null => Unknown(Finding.SameDayVisitUnknown),
    };
}
