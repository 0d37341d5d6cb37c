namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for massage techniques only inside physical or occupational therapy under a plan of care
/// (Original Medicare, docs/domain.md section 3; some commercial policies, section 5). Not yet under one is not a hard
/// limit: a doctor can refer the patient to therapy, so the answer is conditional.
/// </summary>
internal sealed class PlanOfCareCheck : CoverageCheck
{
    private const string GetOne =
        "Ask your doctor whether physical or occupational therapy is right for you, and ask the therapist to include the massage techniques in the plan of care your doctor certifies.";

    public override RequirementCode Code => RequirementCode.PlanOfCare;

    public override bool IsAskedBy(CoverageRule rule) => rule.Pathway == RulePathway.WithinTherapyPlanOfCare;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request) => request.InTherapyPlanOfCare switch
    {
        true => Met("The massage is part of your physical or occupational therapy plan of care, as this rule needs."),
        false => Unmet(
            "This rule pays for massage only as part of physical or occupational therapy under a plan of care, and yours is not.",
            GetOne),
        null => Unknown(
            "This rule pays for massage only as part of physical or occupational therapy under a plan of care; we do not know whether yours is.",
            "Ask your therapist whether the massage is written into your therapy plan of care."),
    };
}
