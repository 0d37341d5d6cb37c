namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// A DTP segment (docs/x12-271.md section 3): DTP01 qualifier (291 plan, 346 plan begin, 307 eligibility), DTP02
/// format and DTP03 as sent. <see cref="Start"/> and <see cref="End"/> are read for the D8 and RD8 formats only; for any
/// other format they are null and <see cref="Value"/> is all there is.
/// </summary>
public sealed record BenefitDate(string Qualifier, string? Format, string? Value, DateOnly? Start, DateOnly? End);
