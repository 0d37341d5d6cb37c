namespace MassageCoverage.Core.Coverage;

/// <summary>Step 2: the service must be one the rule lists.</summary>
internal sealed class ServiceCodeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ServiceCode;

    public override bool IsAskedBy(RuleTerms rule) => true;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        var service = request.ServiceCode.AsSpan().Trim();
        for (var i = 0; i < rule.ServiceCodes.Count; i++)
        {
            if (rule.ServiceCodes[i].AsSpan().Trim().Equals(service, StringComparison.OrdinalIgnoreCase))
            {
                return Met(Finding.ServiceListed);
            }
        }

        return HardLimit(Finding.ServiceNotListed);
    }
}
