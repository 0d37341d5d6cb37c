namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for massage only on a day with a physical or occupational therapy visit (a same-day adjunct,
/// docs/domain.md section 5). No such visit is not a hard limit: the visits can be booked together.
/// </summary>
internal sealed class SameDayTherapyCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.SameDayTherapy;

    public override bool IsAskedBy(CoverageRule rule) => rule.Pathway == RulePathway.SameDayTherapyAdjunct;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request) => request.TherapyVisitSameDay switch
    {
        true => Met("You have a physical or occupational therapy visit on the same day, as this rule needs."),
        false => Unmet(
            "This rule pays for massage only on a day you also have a physical or occupational therapy visit, and you have none that day.",
            "Book the massage on the same day as a physical or occupational therapy visit."),
        null => Unknown(
            "This rule pays for massage only on a day you also have a physical or occupational therapy visit; we do not know whether you have one that day.",
            "Check whether you have a physical or occupational therapy visit on the day of the massage, or book them together."),
    };
}
