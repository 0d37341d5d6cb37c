using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Consoles;

/// <summary>
/// What a console asks someone to look at in one owner's rule versions (a plan's or a state's), as of the clinic's
/// today: the version in effect not verified for 12 months, no version in effect at all, or the version in effect
/// ending within 30 days with nothing after it. The plan list filters by the same tests, so a count and its list agree.
/// </summary>
public static class RuleQueues
{
    public const int EndingWithinDays = 30;

    public static RuleVersion? InEffect(IEnumerable<RuleVersion> versions, DateOnly today) =>
        versions.Where(v => v.EffectiveFrom <= today && (v.EffectiveTo is null || v.EffectiveTo >= today))
            .MaxBy(v => v.EffectiveFrom);

    /// <summary>The version in effect (else the latest) was verified over 12 months ago, or never.</summary>
    public static bool IsStale(IReadOnlyCollection<RuleVersion> versions, DateOnly today)
    {
        var current = InEffect(versions, today) ?? versions.MaxBy(v => v.EffectiveFrom);
        return current?.Terms.LastVerified is not { } verified || verified < today.AddMonths(-12);
    }

    public static bool HasNoRuleToday(IEnumerable<RuleVersion> versions, DateOnly today) => InEffect(versions, today) is null;

    /// <summary>The version in effect ends within 30 days and no version starts the day after it.</summary>
    public static bool IsEnding(IReadOnlyCollection<RuleVersion> versions, DateOnly today) =>
        InEffect(versions, today) is { EffectiveTo: { } to } && to <= today.AddDays(EndingWithinDays)
        && !versions.Any(v => v.EffectiveFrom == to.AddDays(1));
}
