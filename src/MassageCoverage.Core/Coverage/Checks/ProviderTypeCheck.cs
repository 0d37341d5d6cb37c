namespace MassageCoverage.Core.Coverage;

/// <summary>Step 3: a provider type the rule does not allow is a hard limit (Original Medicare pays PTs and OTs only).</summary>
internal sealed class ProviderTypeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ProviderType;

    public override bool IsAskedBy(CoverageRule rule) => rule.AllowedProviderTypes.Count > 0;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        if (rule.AllowedProviderTypes.Contains(request.ProviderType))
        {
            return Met($"This rule pays for massage given by a {request.ProviderType.Label()}.");
        }

        var allowed = ProviderTypeText.List(rule.AllowedProviderTypes);
        return HardLimit(
            $"This rule pays for massage only when a {allowed} gives it, not a {request.ProviderType.Label()}.",
            $"Ask your doctor whether a {allowed} could give this treatment as part of a plan of care.");
    }
}
