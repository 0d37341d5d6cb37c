using System.Globalization;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Import;

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
        ("Covered", "Covered", r => YesNo(r.Covered)),
        ("AllowedProviderTypes", "Allowed provider types", r => r.AllowedProviderTypes.Count == 0 ? "any" : string.Join(", ", r.AllowedProviderTypes)),
        ("RequiresLicensedTherapist", "Licensed therapist required", r => YesNo(r.RequiresLicensedTherapist)),
        ("RequiresInNetwork", "In network required", r => YesNo(r.RequiresInNetwork)),
        ("RequiresReferral", "Referral required", r => YesNo(r.RequiresReferral)),
        ("ReferralValidDays", "Referral valid for (days)", r => Number(r.ReferralValidDays)),
        ("RequiresPriorAuthorization", "Prior authorization required", r => YesNo(r.RequiresPriorAuthorization)),
        ("PriorAuthorizationAfterVisits", "Prior authorization after visits", r => Number(r.PriorAuthorizationAfterVisits)),
        ("CoveredDiagnosisPrefixes", "Covered diagnosis prefixes", r => r.CoveredDiagnosisPrefixes.Count == 0 ? "any" : string.Join(", ", r.CoveredDiagnosisPrefixes)),
        ("ServiceCodes", "Service codes", r => string.Join(", ", r.ServiceCodes)),
        ("MaxVisitsPerYear", "Maximum visits per year", r => Number(r.MaxVisitsPerYear)),
        ("MinAge", "Minimum age", r => Number(r.MinAge)),
        ("MaxAge", "Maximum age", r => Number(r.MaxAge)),
        ("Copay", "Copay", r => Amount(r.Copay)),
        ("CoinsurancePercent", "Coinsurance (%)", r => Amount(r.CoinsurancePercent)),
        ("DeductibleApplies", "Deductible applies", r => YesNo(r.DeductibleApplies)),
        ("Source", "Source", r => r.Source ?? "none"),
        ("LastVerified", "Last verified", r => IsoDate.Format(r.LastVerified) ?? "never"),
        ("Notes", "Notes", r => r.Notes ?? "none"),
        ("EffectiveFrom", "Effective from", r => IsoDate.Format(r.EffectiveFrom)),
        ("EffectiveTo", "Effective to", r => IsoDate.Format(r.EffectiveTo) ?? "no end date"),
    ];

    public static IReadOnlyList<FieldComparison> Compare(RuleVersion a, RuleVersion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return [.. _fields.Select(f => new FieldComparison(f.Field, f.Label, f.Value(a), f.Value(b)))];
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Amount(decimal? value) => value is { } v ? (decimal.Round(v, 2) + 0.00m).ToString("0.00", CultureInfo.InvariantCulture) : "none";
}

/// <summary>The model of the shared _SaveConflict partial: what was being saved ("this version") and both sides.</summary>
public sealed record SaveConflict(string What, IReadOnlyList<FieldComparison> Fields);
