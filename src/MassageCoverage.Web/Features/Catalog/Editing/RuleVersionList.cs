using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>The model of the shared _RuleVersions partial: an owner's versions, oldest first, and the current one.</summary>
public sealed record RuleVersionList(RuleOwner Owner, IReadOnlyList<RuleVersion> Versions, RuleVersion? Current)
{
    public static RuleVersionList Of(RuleOwner owner, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var versions = owner.Rules.OrderBy(r => r.EffectiveFrom).ToList();
        return new(owner, versions, RuleVersionsOf.Current(versions, today));
    }
}
