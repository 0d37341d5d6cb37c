namespace MassageCoverage.Core.Coverage;

/// <summary>Original Medicare (Parts A and B): one program, one set of rule versions.</summary>
public sealed record MedicareEntry(IReadOnlyList<CoverageRule> Rules, string? Note = null);
