using System.Diagnostics.CodeAnalysis;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Api;

/// <summary>
/// One version of a coverage rule as the API shows it: every term of the import format beside the version's id and
/// the days it is in effect, in one flat object. The snapshot holds the terms apart from the version (versions with
/// the same terms share them); the API's shape stays the import format's.
/// </summary>
internal sealed record RuleVersionResponse : RuleTerms
{
    [SetsRequiredMembers]
    private RuleVersionResponse(CoverageRule rule)
        : base(rule.Terms)
    {
        Id = rule.Id;
        EffectiveFrom = rule.EffectiveFrom;
        EffectiveTo = rule.EffectiveTo;
    }

    public long Id { get; }

    public DateOnly EffectiveFrom { get; }

    public DateOnly? EffectiveTo { get; }

    public static IReadOnlyList<RuleVersionResponse> From(IReadOnlyList<CoverageRule> rules) =>
        [.. rules.Select(r => new RuleVersionResponse(r))];
}
