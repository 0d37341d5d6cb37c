using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>
/// How a version's dates meet its siblings'. The database refuses overlaps too (exclusion constraint); checking here
/// first puts the refusal beside the date field with the other version named.
/// </summary>
public static class VersionDates
{
    /// <summary>The open-ended version that a later new version takes over from, when it is the latest one.</summary>
    public static RuleVersion? OpenVersionBefore(IReadOnlyList<RuleVersion> others, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(others);
        return others.SingleOrDefault(r => r.EffectiveTo is null && r.EffectiveFrom < from) is { } open
            && others.All(r => r == open || r.EffectiveTo < from) ? open : null;
    }

    /// <summary>The first version sharing a day with <paramref name="rule"/>, leaving out <paramref name="closing"/>.</summary>
    public static RuleVersion? Clash(IEnumerable<RuleVersion> others, RuleVersion rule, RuleVersion? closing) =>
        others.Where(r => r != closing).FirstOrDefault(r =>
            r.EffectiveFrom <= (rule.EffectiveTo ?? DateOnly.MaxValue) && rule.EffectiveFrom <= (r.EffectiveTo ?? DateOnly.MaxValue));

    public static string OverlapMessage(RuleVersion clash, string noun)
    {
        ArgumentNullException.ThrowIfNull(clash);
        return $"Effective dates overlap the version from {IsoDate.Format(clash.EffectiveFrom)} to "
            + $"{IsoDate.Format(clash.EffectiveTo) ?? "no end date"}: versions of one {noun} must not share a day.";
    }

    /// <summary>The database's refusal, when another save added an overlapping version after the check above.</summary>
    public static string RaceMessage(string noun) =>
        $"Someone else saved a version of this {noun} a moment ago, and these dates now clash with it: nothing was saved. Open the versions again and choose the dates.";

    /// <summary>The open version a new one would close was changed by someone else after the editor read it.</summary>
    public static string PreviousChangedMessage(string noun) =>
        $"Someone else changed the current version of this {noun} a moment ago, and a new version closes it: nothing was saved. Open the versions again, check it, and save again.";
}
