using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Import;

/// <summary>
/// Rule versions to and from the format. <see cref="Apply"/> stores the normal form (codes trimmed, ICD prefixes
/// upper case without dots, amounts at the column's two decimals, blank text as null), so a document and the row it
/// produced export to the same JSON: that equality is how the import tells an unchanged version from a changed one.
/// </summary>
internal static class RuleMapping
{
    public static RuleDocument ToDocument(RuleVersion rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new()
        {
            ServiceCodes = [.. rule.ServiceCodes],
            Covered = rule.Covered,
            RequiresReferral = rule.RequiresReferral,
            ReferralValidDays = rule.ReferralValidDays,
            RequiresPriorAuthorization = rule.RequiresPriorAuthorization,
            PriorAuthorizationAfterVisits = rule.PriorAuthorizationAfterVisits,
            RequiresLicensedTherapist = rule.RequiresLicensedTherapist,
            RequiresInNetwork = rule.RequiresInNetwork,
            AllowedProviderTypes = [.. rule.AllowedProviderTypes.Select(FormatTokens.ProviderTypes.Token)],
            MaxVisitsPerYear = rule.MaxVisitsPerYear,
            CoveredDiagnosisPrefixes = [.. rule.CoveredDiagnosisPrefixes],
            MinAge = rule.MinAge,
            MaxAge = rule.MaxAge,
            Copay = TwoDecimals(rule.Copay),
            CoinsurancePercent = TwoDecimals(rule.CoinsurancePercent),
            DeductibleApplies = rule.DeductibleApplies,
            EffectiveFrom = IsoDate.Format(rule.EffectiveFrom),
            EffectiveTo = IsoDate.Format(rule.EffectiveTo),
            Source = rule.Source,
            LastVerified = IsoDate.Format(rule.LastVerified),
            Notes = rule.Notes,
        };
    }

    /// <summary>Copies a validated document onto a row; owner, audit fields and id are the caller's.</summary>
    public static void Apply(RuleDocument document, RuleVersion rule)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rule);
        rule.ServiceCodes = [.. document.ServiceCodes!.Select(c => c!.Trim())];
        rule.Covered = document.Covered!.Value;
        rule.RequiresReferral = document.RequiresReferral;
        rule.ReferralValidDays = document.ReferralValidDays;
        rule.RequiresPriorAuthorization = document.RequiresPriorAuthorization;
        rule.PriorAuthorizationAfterVisits = document.PriorAuthorizationAfterVisits;
        rule.RequiresLicensedTherapist = document.RequiresLicensedTherapist;
        rule.RequiresInNetwork = document.RequiresInNetwork;
        rule.AllowedProviderTypes = [.. (document.AllowedProviderTypes ?? []).Select(t => FormatTokens.ProviderTypes.Parse(t!))];
        rule.MaxVisitsPerYear = document.MaxVisitsPerYear;
        rule.CoveredDiagnosisPrefixes = [.. (document.CoveredDiagnosisPrefixes ?? []).Select(Prefix)];
        rule.MinAge = document.MinAge;
        rule.MaxAge = document.MaxAge;
        rule.Copay = TwoDecimals(document.Copay);
        rule.CoinsurancePercent = TwoDecimals(document.CoinsurancePercent);
        rule.DeductibleApplies = document.DeductibleApplies;
        rule.EffectiveFrom = IsoDate.Parse(document.EffectiveFrom)!.Value;
        rule.EffectiveTo = IsoDate.Parse(document.EffectiveTo);
        rule.Source = Text.OrNull(document.Source);
        rule.LastVerified = IsoDate.Parse(document.LastVerified);
        rule.Notes = Text.OrNull(document.Notes);
    }

    /// <summary>The document as it would read back after import: what change detection compares.</summary>
    public static RuleDocument Normalise(RuleDocument document)
    {
        var rule = new RuleVersion { UpdatedBy = "" };
        Apply(document, rule);
        return ToDocument(rule);
    }

    private static string Prefix(string? prefix) =>
        IcdCode.TryParsePrefix(prefix, out var normalised, out _) ? normalised : throw new ArgumentException(
            "The document was not validated: a diagnosis prefix has no ICD-10-CM shape.", nameof(prefix));

    // numeric(p, 2) reads back as 30.00 whatever was written; adding 0.00m gives the same scale before the write.
    private static decimal? TwoDecimals(decimal? value) => value is { } v ? decimal.Round(v, 2) + 0.00m : null;
}
