namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays only for people in a named program (a waiver, a pilot; docs/domain.md section 4). Not being
/// enrolled is not a hard limit: the patient may still apply, so the answer is conditional.
/// </summary>
internal sealed class ProgramEnrollmentCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ProgramEnrollment;

    public override bool IsAskedBy(CoverageRule rule) => rule.Pathway == RulePathway.ProgramEnrollment;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var program = PathwayText.Program(rule.ProgramName);
        var apply = $"Ask your plan or your case manager whether you qualify for {program} and how to enrol.";
        return request.EnrolledInProgram switch
        {
            true => Met($"You are enrolled in {program}, which this rule needs."),
            false => Unmet($"This rule pays for massage only for people enrolled in {program}, and you are not enrolled.", apply),
            null => Unknown(
                $"This rule pays for massage only for people enrolled in {program}; we do not know whether you are.",
                $"Check whether you are enrolled in {program}: your enrolment letter or support plan says so."),
        };
    }
}
