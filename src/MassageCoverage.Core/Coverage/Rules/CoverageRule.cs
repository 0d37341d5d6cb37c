using System.Diagnostics.CodeAnalysis;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One version of one owner's coverage rule: its <see cref="RuleTerms"/> with the row's id and the days it is in effect.
/// Versions of one owner never overlap; <see cref="EffectiveFrom"/> and <see cref="EffectiveTo"/> are both inclusive.
/// It derives from the terms (rather than holding them) so the checks read a term in one step, as before the split.
/// </summary>
public sealed record CoverageRule : RuleTerms
{
    public CoverageRule()
    {
    }

    /// <summary>The stored terms as the version <paramref name="id"/>, from <paramref name="effectiveFrom"/> on.</summary>
    [SetsRequiredMembers]
    public CoverageRule(long id, DateOnly effectiveFrom, DateOnly? effectiveTo, RuleTerms terms)
        : base(terms ?? throw new ArgumentNullException(nameof(terms)))
    {
        Id = id;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    public required long Id { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public bool IsInEffectOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
