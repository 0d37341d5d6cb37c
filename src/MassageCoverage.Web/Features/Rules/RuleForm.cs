using System.Globalization;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Features.Rules;

/// <summary>
/// One rule version as typed. Numbers stay strings so a typo comes back beside its field; the rest of the checking is
/// the import format's own validator, so the browser and a file accept exactly the same rules.
/// </summary>
public sealed class RuleForm
{
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["AllowedProviderTypes"] = "Allowed provider types", ["ReferralValidDays"] = "Referral valid for (days)",
        ["PriorAuthorizationAfterVisits"] = "Prior authorization after visits", ["CoveredDiagnosisPrefixes"] = "Covered diagnosis prefixes",
        ["ServiceCodes"] = "Service codes", ["MaxVisitsPerYear"] = "Maximum visits per year", ["MinAge"] = "Minimum age",
        ["MaxAge"] = "Maximum age", ["Copay"] = "Copay", ["CoinsurancePercent"] = "Coinsurance (%)", ["Source"] = "Source",
        ["LastVerified"] = "Last verified", ["Notes"] = "Notes", ["EffectiveFrom"] = "Effective from", ["EffectiveTo"] = "Effective to",
        ["Covered"] = "Covered", ["Pathway"] = "How massage is paid", ["ProgramName"] = "Program name",
        ["VisitPool"] = "Shared visit cap", ["MaxMinutesPerVisit"] = "Longest session paid (minutes)", ["UnitRule"] = "Units counted by",
        ["BenefitPeriod"] = "Visits counted over", ["PlanYearStartMonth"] = "Plan year starts in month",
    };

    public bool Covered { get; set; }
    public List<string> AllowedProviderTypes { get; set; } = [];
    public bool RequiresLicensedTherapist { get; set; }
    public bool RequiresInNetwork { get; set; }
    public bool RequiresReferral { get; set; }
    public string? ReferralValidDays { get; set; }
    public bool RequiresPriorAuthorization { get; set; }
    public string? PriorAuthorizationAfterVisits { get; set; }
    public string? CoveredDiagnosisPrefixes { get; set; }
    public string? ServiceCodes { get; set; } = "97124";
    public string? MaxVisitsPerYear { get; set; }
    public string Pathway { get; set; } = "standalone";
    public string? ProgramName { get; set; }
    public string? VisitPoolName { get; set; }
    public List<string> VisitPoolIncludes { get; set; } = [];
    public string? MaxMinutesPerVisit { get; set; }
    public string UnitRule { get; set; } = "cmsEightMinute";
    public string BenefitPeriod { get; set; } = "calendarYear";
    public string? PlanYearStartMonth { get; set; }
    public string? MinAge { get; set; }
    public string? MaxAge { get; set; }
    public string? Copay { get; set; }
    public string? CoinsurancePercent { get; set; }
    public bool DeductibleApplies { get; set; }
    public string? Source { get; set; }
    public string? LastVerified { get; set; }
    public string? Notes { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public uint Version { get; set; }

    public static RuleForm From(RuleVersion rule)
    {
        var d = RuleMapping.ToDocument(rule);
        return new()
        {
            Covered = d.Covered!.Value, AllowedProviderTypes = [.. d.AllowedProviderTypes!.Select(t => t!)],
            RequiresLicensedTherapist = d.RequiresLicensedTherapist, RequiresInNetwork = d.RequiresInNetwork,
            RequiresReferral = d.RequiresReferral, ReferralValidDays = Text(d.ReferralValidDays),
            RequiresPriorAuthorization = d.RequiresPriorAuthorization, PriorAuthorizationAfterVisits = Text(d.PriorAuthorizationAfterVisits),
            CoveredDiagnosisPrefixes = string.Join(", ", d.CoveredDiagnosisPrefixes!), ServiceCodes = string.Join(", ", d.ServiceCodes!),
            MaxVisitsPerYear = Text(d.MaxVisitsPerYear), Pathway = d.Pathway!, ProgramName = d.ProgramName,
            VisitPoolName = d.VisitPool?.Name, VisitPoolIncludes = [.. (d.VisitPool?.Includes ?? []).Select(s => s!)],
            MaxMinutesPerVisit = Text(d.MaxMinutesPerVisit), UnitRule = d.UnitRule!, BenefitPeriod = d.BenefitPeriod!,
            PlanYearStartMonth = Text(d.PlanYearStartMonth), MinAge = Text(d.MinAge), MaxAge = Text(d.MaxAge),
            Copay = d.Copay?.ToString(CultureInfo.InvariantCulture), CoinsurancePercent = d.CoinsurancePercent?.ToString(CultureInfo.InvariantCulture),
            DeductibleApplies = d.DeductibleApplies, Source = d.Source, LastVerified = d.LastVerified, Notes = d.Notes,
            EffectiveFrom = d.EffectiveFrom, EffectiveTo = d.EffectiveTo, Version = rule.Version,
        };
    }

    /// <summary>Checks every field; on success <paramref name="rule"/> holds the values in the form the database stores.</summary>
    /// <param name="today">A "last verified" date after it is refused.</param>
    public bool TryRead(FormErrors errors, DateOnly today, out RuleVersion rule)
    {
        rule = new RuleVersion { UpdatedBy = "" };
        var document = new RuleDocument
        {
            ServiceCodes = FieldErrors.List(ServiceCodes), Covered = Covered,
            RequiresReferral = RequiresReferral, ReferralValidDays = Whole(errors, nameof(ReferralValidDays), ReferralValidDays),
            RequiresPriorAuthorization = RequiresPriorAuthorization,
            PriorAuthorizationAfterVisits = Whole(errors, nameof(PriorAuthorizationAfterVisits), PriorAuthorizationAfterVisits),
            RequiresLicensedTherapist = RequiresLicensedTherapist, RequiresInNetwork = RequiresInNetwork,
            AllowedProviderTypes = [.. AllowedProviderTypes], MaxVisitsPerYear = Whole(errors, nameof(MaxVisitsPerYear), MaxVisitsPerYear),
            CoveredDiagnosisPrefixes = FieldErrors.List(CoveredDiagnosisPrefixes),
            Pathway = Pathway, ProgramName = Web.Text.OrNull(ProgramName),
            VisitPool = string.IsNullOrWhiteSpace(VisitPoolName) && VisitPoolIncludes.Count == 0
                ? null : new VisitPoolDocument { Name = VisitPoolName?.Trim(), Includes = [.. VisitPoolIncludes] },
            MaxMinutesPerVisit = Whole(errors, nameof(MaxMinutesPerVisit), MaxMinutesPerVisit), UnitRule = UnitRule,
            BenefitPeriod = BenefitPeriod, PlanYearStartMonth = Whole(errors, nameof(PlanYearStartMonth), PlanYearStartMonth),
            MinAge = Whole(errors, nameof(MinAge), MinAge), MaxAge = Whole(errors, nameof(MaxAge), MaxAge),
            Copay = Amount(errors, nameof(Copay), Copay), CoinsurancePercent = Amount(errors, nameof(CoinsurancePercent), CoinsurancePercent),
            DeductibleApplies = DeductibleApplies, EffectiveFrom = EffectiveFrom?.Trim(),
            EffectiveTo = Web.Text.OrNull(EffectiveTo), Source = Source,
            LastVerified = Web.Text.OrNull(LastVerified), Notes = Notes,
        };
        var valid = errors.AddAll(new RuleDocumentValidator(today).Validate(document), Labels);
        if (valid)
        {
            RuleMapping.Apply(document, rule);
        }

        return valid;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? Whole(FormErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(field, $"{Labels[field]} must be a whole number, such as 12");
        return null;
    }

    private static decimal? Amount(FormErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimStart('$').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(field, $"{Labels[field]} must be a number, such as 25.50");
        return null;
    }
}
