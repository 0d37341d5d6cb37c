namespace MassageCoverage.Core.Coverage;

public sealed record CostShare(decimal? Copay, decimal? CoinsurancePercent, bool DeductibleApplies)
{
    public static CostShare Of(RuleTerms rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Copay, rule.CoinsurancePercent, rule.DeductibleApplies);
    }
}
