namespace MassageCoverage.Core.Coverage;

internal sealed class InNetworkCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.InNetwork;

    public override bool IsAskedBy(RuleTerms rule) => rule.RequiresInNetwork;

    // An eligibility check (X12 271) cannot say whether a given provider is in network: only the insurer can.
    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request) => request.InNetwork switch
    {
        true => Met(Finding.InNetwork),
        false => Unmet(Finding.OutOfNetwork),
        null => Unknown(Finding.NetworkUnknown),
    };
}
