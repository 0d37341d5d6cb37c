namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Two versions of one owner's rule whose date ranges share at least one day; each caller words it with the names
/// and dates its reader knows (an index in an import file, a version's dates in the editor).
/// </summary>
public sealed record RuleOverlap(CoverageRule Earlier, CoverageRule Later);

/// <summary>The versions of one owner's rule over time.</summary>
public static class RuleVersions
{
    /// <summary>The version in effect on <paramref name="date"/>, or null in a gap.</summary>
    public static CoverageRule? InEffectOn(IEnumerable<CoverageRule> versions, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.FirstOrDefault(v => v.IsInEffectOn(date));
    }

    /// <summary>Every pair of versions of one owner that share a day; empty when the versions are valid.</summary>
    public static IReadOnlyList<RuleOverlap> FindOverlaps(IEnumerable<CoverageRule> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Id).ToList();
        var overlaps = new List<RuleOverlap>();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (ordered[i].EffectiveTo is null || ordered[j].EffectiveFrom <= ordered[i].EffectiveTo)
                {
                    overlaps.Add(new RuleOverlap(ordered[i], ordered[j]));
                }
            }
        }

        return overlaps;
    }
}
