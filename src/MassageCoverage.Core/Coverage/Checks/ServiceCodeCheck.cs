namespace MassageCoverage.Core.Coverage;

/// <summary>Step 2: the service must be one the rule lists.</summary>
internal sealed class ServiceCodeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.ServiceCode;

    public override bool IsAskedBy(CoverageRule rule) => true;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var service = CptCodes.Label(request.ServiceCode);
        if (rule.ServiceCodes.Any(c => string.Equals(c.Trim(), request.ServiceCode.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return Met($"{service} is on the list of services this rule covers.");
        }

        var listed = rule.ServiceCodes.Count == 0 ? "no service codes" : string.Join(", ", rule.ServiceCodes.Select(CptCodes.Label));
        return HardLimit(
            $"{service} is not on the list of services this rule covers ({listed}).",
            "Ask your provider whether your treatment is billed under a covered code, and confirm it with your insurer.");
    }
}
