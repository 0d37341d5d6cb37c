using System.Reflection;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One version of a coverage rule: its dates and its terms, by the names of <see cref="Core.Coverage.RuleTerms"/>
/// (<see cref="RuleMapping"/> relies on that: a term with no property here, or the other way round, fails loudly).
/// Dates and enum words are strings so that every wrong value is reported with its JSON path; the validator checks
/// them all before anything is used. A whole number's range is declared here once (<see cref="WholeRangeAttribute"/>):
/// the validator enforces it and the rule editor shows it beside the field.
/// </summary>
internal sealed record RuleDocument
{
    public IReadOnlyList<string?>? ServiceCodes { get; init; }
    public bool? Covered { get; init; }
    public bool RequiresReferral { get; init; }
    [WholeRange(1, 3650, Unit = "days")]
    public int? ReferralValidDays { get; init; }
    public bool RequiresPriorAuthorization { get; init; }
    [WholeRange(0, 365)]
    public int? PriorAuthorizationAfterVisits { get; init; }
    public bool RequiresLicensedTherapist { get; init; }
    public bool RequiresInNetwork { get; init; }
    public IReadOnlyList<string?>? AllowedProviderTypes { get; init; }
    [WholeRange(1, 365)]
    public int? MaxVisitsPerYear { get; init; }
    public string? Pathway { get; init; }
    public string? ProgramName { get; init; }
    public VisitPoolDocument? VisitPool { get; init; }
    [WholeRange(1, 480, Unit = "minutes")]
    public int? MaxMinutesPerVisit { get; init; }
    public string? UnitRule { get; init; }
    public string? BenefitPeriod { get; init; }
    [WholeRange(1, 12)]
    public int? PlanYearStartMonth { get; init; }
    public IReadOnlyList<string?>? CoveredDiagnosisPrefixes { get; init; }
    [WholeRange(0, 120)]
    public int? MinAge { get; init; }
    [WholeRange(0, 120)]
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

/// <summary>The values a whole-number term of <see cref="RuleDocument"/> accepts, both ends included.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WholeRangeAttribute(int min, int max) : Attribute
{
    public int Min { get; } = min;

    public int Max { get; } = max;

    /// <summary>What is counted, such as "days"; null for a plain count.</summary>
    public string? Unit { get; init; }

    /// <summary>"1 to 480 minutes", as the editor's hint says it.</summary>
    public string Words => $"{Min} to {Max}{Suffix}";

    /// <summary>"must be between 1 and 480 minutes", after the field's name or label.</summary>
    public string Message => $"must be between {Min} and {Max}{Suffix}";

    private string Suffix => Unit is null ? "" : $" {Unit}";

    /// <summary>The range of the <see cref="RuleDocument"/> property named <paramref name="term"/>; null when it has none.</summary>
    public static WholeRangeAttribute? Of(string term) =>
        typeof(RuleDocument).GetProperty(term)?.GetCustomAttribute<WholeRangeAttribute>();
}
