using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Features.Rules;

/// <summary>One field of two rule versions side by side, compared in the import format's normal form.</summary>
public sealed record FieldComparison(string Field, string Label, string A, string B)
{
    public bool Changed => !string.Equals(A, B, StringComparison.Ordinal);
}

public static class RuleComparison
{
    private static readonly (string Field, string Label, Func<RuleVersion, string> Value)[] _fields =
    [
        ("Covered", "Covered", r => YesNo(r.Terms.Covered)),
        ("AllowedProviderTypes", "Allowed provider types", r => r.Terms.AllowedProviderTypes.Count == 0 ? "any" : string.Join(", ", r.Terms.AllowedProviderTypes)),
        ("RequiresLicensedTherapist", "Licensed therapist required", r => YesNo(r.Terms.RequiresLicensedTherapist)),
        ("RequiresInNetwork", "In network required", r => YesNo(r.Terms.RequiresInNetwork)),
        ("RequiresReferral", "Referral required", r => YesNo(r.Terms.RequiresReferral)),
        ("ReferralValidDays", "Referral valid for (days)", r => Number(r.Terms.ReferralValidDays)),
        ("RequiresPriorAuthorization", "Prior authorization required", r => YesNo(r.Terms.RequiresPriorAuthorization)),
        ("PriorAuthorizationAfterVisits", "Prior authorization after visits", r => Number(r.Terms.PriorAuthorizationAfterVisits)),
        ("CoveredDiagnosisPrefixes", "Covered diagnosis prefixes", r => r.Terms.CoveredDiagnosisPrefixes.Count == 0 ? "any" : string.Join(", ", r.Terms.CoveredDiagnosisPrefixes)),
        ("ServiceCodes", "Service codes", r => string.Join(", ", r.Terms.ServiceCodes)),
        ("MaxVisitsPerYear", "Maximum visits per year", r => Number(r.Terms.MaxVisitsPerYear)),
        ("Pathway", "How massage is paid", r => PathwayWords(r.Terms)),
        ("VisitPool", "Visit cap shared with", r => r.Terms.VisitPool is { } pool ? DecisionText.PoolDescription(pool) : "none: massage has its own cap"),
        ("MaxMinutesPerVisit", "Longest session paid (minutes)", r => Number(r.Terms.MaxMinutesPerVisit)),
        ("UnitRule", "Units counted by", r => DecisionText.UnitRule(r.Terms.UnitRule)),
        ("BenefitPeriod", "Visits counted over", r => PeriodWords(r.Terms)),
        ("MinAge", "Minimum age", r => Number(r.Terms.MinAge)),
        ("MaxAge", "Maximum age", r => Number(r.Terms.MaxAge)),
        ("Copay", "Copay", r => Amount(r.Terms.Copay)),
        ("CoinsurancePercent", "Coinsurance (%)", r => Amount(r.Terms.CoinsurancePercent)),
        ("DeductibleApplies", "Deductible applies", r => YesNo(r.Terms.DeductibleApplies)),
        ("Source", "Source", r => r.Terms.Source ?? "none"),
        ("LastVerified", "Last verified", r => IsoDate.Format(r.Terms.LastVerified) ?? "never"),
        ("Notes", "Notes", r => r.Terms.Notes ?? "none"),
        ("EffectiveFrom", "Effective from", r => IsoDate.Format(r.EffectiveFrom)),
        ("EffectiveTo", "Effective to", r => IsoDate.Format(r.EffectiveTo) ?? "no end date"),
    ];

    public static IReadOnlyList<FieldComparison> Compare(RuleVersion a, RuleVersion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return [.. _fields.Select(f => new FieldComparison(f.Field, f.Label, f.Value(a), f.Value(b)))];
    }

    private static string PathwayWords(RuleTerms terms) =>
        DecisionText.Headline(terms.Pathway, terms.ProgramName) ?? "as a service of its own";

    private static string PeriodWords(RuleTerms terms) => terms.BenefitPeriod == BenefitPeriodKind.PlanYear
        ? $"a plan year starting in {(terms.PlanYearStartMonth is { } m and >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : "a month not recorded")}"
        : "the calendar year";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Amount(decimal? value) => value is { } v ? (decimal.Round(v, 2) + 0.00m).ToString("0.00", CultureInfo.InvariantCulture) : "none";
}

/// <summary>The model of the shared _SaveConflict partial: what was being saved ("this version") and both sides.</summary>
public sealed record SaveConflict(string What, IReadOnlyList<FieldComparison> Fields);
