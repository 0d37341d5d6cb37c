using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Versions of one owner must not share a day (the database refuses it too, but only one row at a time). Versions
/// whose own dates are invalid are left out: their error is reported where the dates are.
/// </summary>
internal static class VersionOverlaps
{
    /// <summary>The terms of a version compared only by its dates.</summary>
    private static readonly RuleTerms DatesOnly = new() { ServiceCodes = [], Covered = false };

    /// <summary>For each later version that overlaps an earlier one: its index and the message.</summary>
    public static IEnumerable<(int Index, string Message)> Find(IReadOnlyList<RuleDocument?> rules, string listName)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var versions = new List<CoverageRule>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (IsoDate.Parse(rules[i]?.EffectiveFrom) is not { } from)
            {
                continue;
            }

            var to = IsoDate.Parse(rules[i]!.EffectiveTo);
            if (rules[i]!.EffectiveTo is null || to >= from)
            {
                versions.Add(new CoverageRule(i, from, to, DatesOnly));
            }
        }

        return RuleVersions.FindOverlaps(versions).Select(o => ((int)o.Later.Id,
            $"overlaps {listName}[{o.Earlier.Id}] ({IsoDate.Format(o.Earlier.EffectiveFrom)} to "
            + $"{IsoDate.Format(o.Earlier.EffectiveTo) ?? "no end date"}): versions of one owner must not share a day"));
    }
}
