using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>The situation "Try it" checks against the unsaved rule; blank or "unknown" answers stay unknown.</summary>
public sealed class SampleForm
{
    public ProviderType ProviderType { get; set; } = ProviderType.MassageTherapist;
    public string? Licensed { get; set; } = "yes";
    public string? InNetwork { get; set; } = "yes";
    public string? Referral { get; set; } = "yes";
    public string? PriorAuthorization { get; set; } = "unknown";
    public string? VisitsUsed { get; set; } = "0";
    public string? Age { get; set; }
    public string? Diagnosis { get; set; }

    /// <summary>Evaluates the situation against a one-owner catalog that holds only the unsaved rule.</summary>
    public CoverageDecision Evaluate(RuleOwner owner, RuleVersion unsaved, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var rule = unsaved.ToRule();
        var asOf = AsOf(unsaved, today);
        var (catalog, request) = owner.Sample(rule, new CoverageRequest
        {
            PlanType = PlanType.Private,
            ServiceCode = rule.Terms.ServiceCodes.Count > 0 ? rule.Terms.ServiceCodes[0] : CptCodes.Massage,
            DiagnosisCodes = [.. (Diagnosis ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            ProviderType = ProviderType,
            TherapistLicensed = YesNo(Licensed),
            InNetwork = YesNo(InNetwork),
            HasReferral = YesNo(Referral),
            ReferralDate = YesNo(Referral) == true ? asOf : null,
            PriorAuthorizationObtained = YesNo(PriorAuthorization),
            VisitsUsed = int.TryParse(VisitsUsed, NumberStyles.None, CultureInfo.InvariantCulture, out var used) ? used : 0,
            PatientAge = int.TryParse(Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null,
            AsOf = asOf,
        });
        return CoverageEvaluator.Evaluate(catalog, request);
    }

    /// <summary>The day the sample is checked on: today, or the rule's first day when today is outside its dates.</summary>
    public static DateOnly AsOf(RuleVersion unsaved, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(unsaved);
        return today < unsaved.EffectiveFrom || (unsaved.EffectiveTo is { } to && today > to) ? unsaved.EffectiveFrom : today;
    }

    /// <summary>A provider type as the editor's checklist words it ("Massage therapist").</summary>
    public static string Words(ProviderType type) =>
        RuleForm.Fields["AllowedProviderTypes"].Choices
            .First(c => string.Equals(c.Token, type.ToString(), StringComparison.OrdinalIgnoreCase)).Label;

    private static bool? YesNo(string? answer) => answer switch { "yes" => true, "no" => false, _ => null };
}
