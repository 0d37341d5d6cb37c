using System.Globalization;

namespace MassageCoverage.Core.Coverage;

/// <summary>Two versions of one owner's rule whose date ranges share at least one day.</summary>
public sealed record RuleOverlap(CoverageRule Earlier, CoverageRule Later)
{
    public string Message =>
        $"Rule {Later.Id} (from {Iso(Later.EffectiveFrom)}) overlaps rule {Earlier.Id} " +
        $"({Iso(Earlier.EffectiveFrom)} to {(Earlier.EffectiveTo is { } to ? Iso(to) : "no end date")}).";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

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
