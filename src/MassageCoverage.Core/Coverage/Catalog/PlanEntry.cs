namespace MassageCoverage.Core.Coverage;

/// <summary>A private or Medicare Advantage plan, found by its code (a slug such as acme-ppo-gold), with its rule versions.</summary>
public sealed record PlanEntry(
    string Code,
    string Insurer,
    string Name,
    PlanType PlanType,
    IReadOnlyList<string> States,
    NetworkType NetworkType,
    IReadOnlyList<CoverageRule> Rules);
