using System.Diagnostics.CodeAnalysis;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One version of one owner's coverage rule: its <see cref="RuleTerms"/> with the row's id and the days it is in effect.
/// Versions of one owner never overlap; <see cref="EffectiveFrom"/> and <see cref="EffectiveTo"/> are both inclusive.
/// It holds its terms rather than copying them: versions with the same terms (plans of one insurer often share a
/// policy) share one instance, which at 100,000 plans is most of a snapshot's memory.
/// </summary>
public sealed record CoverageRule
{
    public CoverageRule()
    {
    }

    /// <summary>The stored terms as the version <paramref name="id"/>, from <paramref name="effectiveFrom"/> on.</summary>
    [SetsRequiredMembers]
    public CoverageRule(long id, DateOnly effectiveFrom, DateOnly? effectiveTo, RuleTerms terms)
    {
        Id = id;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Terms = terms ?? throw new ArgumentNullException(nameof(terms));
    }

    /// <summary>What the version says.</summary>
    public required RuleTerms Terms { get; init; }

    public required long Id { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public bool IsInEffectOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
