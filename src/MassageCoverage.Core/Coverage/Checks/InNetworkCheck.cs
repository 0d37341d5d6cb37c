namespace MassageCoverage.Core.Coverage;

internal sealed class InNetworkCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.InNetwork;

    public override bool IsAskedBy(CoverageRule rule) => rule.RequiresInNetwork;

    // An eligibility check (X12 271) cannot say whether a given provider is in network: only the insurer can.
    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request) => request.InNetwork switch
    {
        true => Met("Your therapist is in the plan's network, as this rule needs."),
        false => Unmet(
            "This rule pays only for therapists in the plan's network, and yours is not in it.",
            "Find an in-network therapist in your plan's provider directory, or ask your insurer for one."),
        null => Unknown(
            "This rule pays only for therapists in the plan's network; we do not know whether yours is in it.",
            "Ask your insurer whether your therapist is in network (give the therapist's name and NPI)."),
    };
}
