namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One version of one owner's coverage rule: typed data with the fields of the import format (issue 3), never code.
/// Versions of one owner never overlap; <see cref="EffectiveFrom"/> and <see cref="EffectiveTo"/> are both inclusive.
/// </summary>
public sealed record CoverageRule
{
    public required long Id { get; init; }

    /// <summary>CPT codes this rule speaks for, such as 97124.</summary>
    public required IReadOnlyList<string> ServiceCodes { get; init; }

    public required bool Covered { get; init; }

    public bool RequiresReferral { get; init; }

    /// <summary>How many days old a referral may be on the day of the visit; null when any age will do.</summary>
    public int? ReferralValidDays { get; init; }

    public bool RequiresPriorAuthorization { get; init; }

    /// <summary>Prior authorization is needed for every visit after this many in the benefit year.</summary>
    public int? PriorAuthorizationAfterVisits { get; init; }

    public bool RequiresLicensedTherapist { get; init; }

    public bool RequiresInNetwork { get; init; }

    /// <summary>Empty when any provider type will do.</summary>
    public IReadOnlyList<ProviderType> AllowedProviderTypes { get; init; } = [];

    public int? MaxVisitsPerYear { get; init; }

    /// <summary>ICD-10-CM prefixes (a code matches when its normalised form starts with one); empty when any will do.</summary>
    public IReadOnlyList<string> CoveredDiagnosisPrefixes { get; init; } = [];

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    public decimal? Copay { get; init; }

    public decimal? CoinsurancePercent { get; init; }

    public bool DeductibleApplies { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    /// <summary>Citation or URL the rule was read from.</summary>
    public string? Source { get; init; }

    public DateOnly? LastVerified { get; init; }

    /// <summary>Free explanation shown to the patient.</summary>
    public string? Notes { get; init; }

    public bool IsInEffectOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
