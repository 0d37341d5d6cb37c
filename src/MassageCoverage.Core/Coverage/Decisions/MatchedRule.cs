namespace MassageCoverage.Core.Coverage;

/// <summary>The rule a decision rests on; <see cref="Owner"/> reads "plan acme-ppo-gold", "Medicaid CO" or "Original Medicare".</summary>
public sealed record MatchedRule(long Id, string Owner, string? Source, DateOnly? LastVerified, DateOnly EffectiveFrom);
