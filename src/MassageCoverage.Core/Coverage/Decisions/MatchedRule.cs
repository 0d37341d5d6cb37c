namespace MassageCoverage.Core.Coverage;

/// <summary>The rule a decision rests on and whose it is.</summary>
public sealed record MatchedRule(long Id, CoverageOwner Owner, string? Source, DateOnly? LastVerified, DateOnly EffectiveFrom);
