namespace MassageCoverage.Web.Features.Import;

/// <summary>
/// One version of a coverage rule with the fields of issue 3, in their order. Dates and provider types are strings
/// so that every wrong value is reported with its JSON path; the validator checks them all before anything is used.
/// </summary>
internal sealed record RuleDocument
{
    public IReadOnlyList<string?>? ServiceCodes { get; init; }
    public bool? Covered { get; init; }
    public bool RequiresReferral { get; init; }
    public int? ReferralValidDays { get; init; }
    public bool RequiresPriorAuthorization { get; init; }
    public int? PriorAuthorizationAfterVisits { get; init; }
    public bool RequiresLicensedTherapist { get; init; }
    public bool RequiresInNetwork { get; init; }
    public IReadOnlyList<string?>? AllowedProviderTypes { get; init; }
    public int? MaxVisitsPerYear { get; init; }
    public IReadOnlyList<string?>? CoveredDiagnosisPrefixes { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public decimal? Copay { get; init; }
    public decimal? CoinsurancePercent { get; init; }
    public bool DeductibleApplies { get; init; }
    public string? EffectiveFrom { get; init; }
    public string? EffectiveTo { get; init; }
    public string? Source { get; init; }
    public string? LastVerified { get; init; }
    public string? Notes { get; init; }
}
