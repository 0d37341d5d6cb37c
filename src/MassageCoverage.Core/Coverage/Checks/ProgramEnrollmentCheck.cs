namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays only for people in a named program (a waiver, a pilot; docs/domain.md section 4). Not being
/// enrolled is not a hard limit: the patient may still apply, so the answer is conditional.
/// </summary>
internal sealed class ProgramEnrollmentCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ProgramEnrollment;

    public override bool IsAskedBy(RuleTerms rule) => rule.Pathway == RulePathway.ProgramEnrollment;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request) => request.EnrolledInProgram switch
    {
        true => Met(Finding.Enrolled),
        false => Unmet(Finding.NotEnrolled),
        null => Unknown(Finding.EnrollmentUnknown),
    };
}
