namespace MassageCoverage.Core.Coverage;

/// <summary>Services whose visits a plan can count together with massage under one cap (docs/domain.md section 5).</summary>
public enum PooledService
{
    PhysicalTherapy,
    OccupationalTherapy,
    SpeechTherapy,
    Chiropractic,
    Acupuncture,
}

/// <summary>
/// A cap shared by massage and other services (a "rehab" pool of 20 visits for PT, OT and chiropractic together):
/// the rule's <see cref="CoverageRule.MaxVisitsPerYear"/> then counts the visits of every service in the pool.
/// </summary>
public sealed record VisitPool(string Name, IReadOnlyList<PooledService> Includes);
