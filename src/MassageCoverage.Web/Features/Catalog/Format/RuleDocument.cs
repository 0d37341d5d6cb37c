namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One version of a coverage rule: its dates and its terms, by the names of <see cref="Core.Coverage.RuleTerms"/>
/// (<see cref="RuleMapping"/> relies on that: a term with no property here, or the other way round, fails loudly).
/// Dates and enum words are strings so that every wrong value is reported with its JSON path; the validator checks
/// them all before anything is used.
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
    public string? Pathway { get; init; }
    public string? ProgramName { get; init; }
    public VisitPoolDocument? VisitPool { get; init; }
    public int? MaxMinutesPerVisit { get; init; }
    public string? UnitRule { get; init; }
    public string? BenefitPeriod { get; init; }
    public int? PlanYearStartMonth { get; init; }
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

/// <summary>A cap shared with other services: <c>{ "name": "rehab", "includes": ["physicalTherapy", "chiropractic"] }</c>.</summary>
internal sealed record VisitPoolDocument
{
    public string? Name { get; init; }
    public IReadOnlyList<string?>? Includes { get; init; }
}
