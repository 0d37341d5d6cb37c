using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Editing;

public static class RuleVersionsOf
{
    /// <summary>The version in effect on <paramref name="today"/>, else the latest one.</summary>
    public static RuleVersion? Current(IEnumerable<RuleVersion> versions, DateOnly today)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        return ordered.LastOrDefault(v => v.EffectiveFrom <= today && (v.EffectiveTo is null || v.EffectiveTo >= today))
            ?? ordered.LastOrDefault();
    }
}
