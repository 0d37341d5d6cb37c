namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// A REF segment: REF01 qualifier (18 plan number, 6P group number, 1W member id, G1 prior authorization), REF02 value,
/// REF03 description.
/// </summary>
public sealed record Reference(string Qualifier, string? Value, string? Description);
