namespace MassageCoverage.Core.Eligibility;

/// <summary>EB13, the procedure a benefit line is about: HC:97124 is CPT/HCPCS 97124, with modifiers after it.</summary>
public sealed record ProcedureCode(string Qualifier, string Code, IReadOnlyList<string> Modifiers);
