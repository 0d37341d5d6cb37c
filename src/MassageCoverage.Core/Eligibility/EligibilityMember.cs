namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// A subscriber (loops 2000C/2100C) or dependent (2000D/2100D) and the benefits the payer gave for them (2110C/2110D).
/// <see cref="Name"/>, <see cref="BirthDate"/> and <see cref="References"/> are health information: never log them.
/// </summary>
public sealed record EligibilityMember
{
    public required MemberLevel Level { get; init; }

    /// <summary>HL01, and HL02 its parent's: a dependent's parent is its subscriber.</summary>
    public required string HierarchyId { get; init; }

    public string? ParentHierarchyId { get; init; }

    /// <summary>NM1*IL (subscriber) or NM1*03 (dependent): name and, for IL, the member id.</summary>
    public required EntityName Name { get; init; }

    /// <summary>DMG02 when it is a CCYYMMDD date; null when absent or not one (as in a redacted copy).</summary>
    public DateOnly? BirthDate { get; init; }

    public IReadOnlyList<Reference> References { get; init; } = [];

    public IReadOnlyList<BenefitDate> Dates { get; init; } = [];

    /// <summary>The AAA segments of the member's own loops (2000C/2100C or 2000D/2100D); a benefit's are on the benefit.</summary>
    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    public IReadOnlyList<Benefit> Benefits { get; init; } = [];
}
