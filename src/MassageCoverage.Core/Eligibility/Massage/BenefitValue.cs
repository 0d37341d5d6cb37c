namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// One value a 271 gave, with what qualifies it: the network its line applies to (EB12), its period (EB06), its coverage
/// level (EB02), the service type that answered, and the EB segment it came from so a page can show the line itself.
/// </summary>
public sealed record BenefitValue<T>(T Value, NetworkIndicator Network, TimePeriod? Period, string? CoverageLevel, string ServiceType, int Segment);
