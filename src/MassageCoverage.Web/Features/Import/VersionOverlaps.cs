using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Import;

/// <summary>
/// Versions of one owner must not share a day (the database refuses it too, but only one row at a time). Versions
/// whose own dates are invalid are left out: their error is reported where the dates are.
/// </summary>
internal static class VersionOverlaps
{
    /// <summary>For each later version that overlaps an earlier one: its index and the message.</summary>
    public static IEnumerable<(int Index, string Message)> Find(IReadOnlyList<RuleDocument?> rules, string listName)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var versions = rules
            .Select((rule, index) => (rule, index))
            .Where(x => x.rule is not null && IsoDate.Parse(x.rule.EffectiveFrom) is not null)
            .Select(x => (x.index, from: IsoDate.Parse(x.rule!.EffectiveFrom)!.Value, to: IsoDate.Parse(x.rule.EffectiveTo),
                hasTo: x.rule.EffectiveTo is not null))
            .Where(x => x.hasTo ? x.to is { } to && to >= x.from : true)
            .Select(x => new CoverageRule
            {
                Id = x.index, ServiceCodes = [], Covered = false, EffectiveFrom = x.from, EffectiveTo = x.to,
            });

        return RuleVersions.FindOverlaps(versions).Select(o => ((int)o.Later.Id,
            $"overlaps {listName}[{o.Earlier.Id}] ({IsoDate.Format(o.Earlier.EffectiveFrom)} to "
            + $"{IsoDate.Format(o.Earlier.EffectiveTo) ?? "no end date"}): versions of one owner must not share a day"));
    }
}
