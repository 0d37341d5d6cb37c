namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for massage techniques only inside physical or occupational therapy under a plan of care
/// (Original Medicare, docs/domain.md section 3; some commercial policies, section 5). Not yet under one is not a hard
/// limit: a doctor can refer the patient to therapy, so the answer is conditional.
/// </summary>
internal sealed class PlanOfCareCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.PlanOfCare;

    public override bool IsAskedBy(RuleTerms rule) => rule.Pathway == RulePathway.WithinTherapyPlanOfCare;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request) => request.InTherapyPlanOfCare switch
    {
        true => Met(Finding.InPlanOfCare),
        false => Unmet(Finding.NotInPlanOfCare),
        null => Unknown(Finding.PlanOfCareUnknown),
    };
}
