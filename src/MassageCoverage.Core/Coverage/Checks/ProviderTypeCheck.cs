namespace MassageCoverage.Core.Coverage;

/// <summary>Step 3: a provider type the rule does not allow is a hard limit (Original Medicare pays PTs and OTs only).</summary>
internal sealed class ProviderTypeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ProviderType;

    public override bool IsAskedBy(RuleTerms rule) => rule.AllowedProviderTypes.Count > 0;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        for (var i = 0; i < rule.AllowedProviderTypes.Count; i++)
        {
            if (rule.AllowedProviderTypes[i] == request.ProviderType)
            {
                return Met(Finding.ProviderAllowed);
            }
        }

        return HardLimit(Finding.ProviderNotAllowed);
    }
}
