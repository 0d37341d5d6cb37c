using System.Globalization;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>The words, colours and icons of the result page: colour is never the only cue.</summary>
public static class ResultText
{
    public static (string Css, string Icon, string Label) Badge(Decision decision) => decision switch
    {
        Decision.Covered => ("covered", "check", "Covered"),
        Decision.Conditional => ("conditional", "alert", "Covered if the steps below are done"),
        Decision.NotCovered => ("not-covered", "cross", "Not covered"),
        _ => ("unknown", "question", "Unknown - verify with your plan"),
    };

    public static (string Css, string Label) Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => ("met", "Met"),
        RequirementStatus.Unmet => ("unmet", "Not yet"),
        _ => ("unsure", "Not sure"),
    };

    public static string Requirement(RequirementCode code) => code switch
    {
        RequirementCode.Referral => "Referral",
        RequirementCode.LicensedTherapist => "Licensed therapist",
        RequirementCode.InNetwork => "In-network therapist",
        RequirementCode.PriorAuthorization => "Prior authorization",
        RequirementCode.Diagnosis => "A covered diagnosis",
        RequirementCode.VisitLimit => "Visits left this year",
        RequirementCode.Age => "Age",
        RequirementCode.ProviderType => "Who may treat you",
        _ => "The service itself",
    };

    public static string Visits(CoverageDecision decision) => (decision.Decision, decision.VisitsAllowed, decision.VisitsRemaining) switch
    {
        (Decision.Indeterminate, _, _) => "Unknown: ask your plan how many visits a year it covers.",
        (_, null, _) when decision.CostShare is null => "Not applicable: the service is not covered.",
        (_, null, _) => "This rule sets no yearly visit limit.",
        (_, { } allowed, { } remaining) => $"{remaining} of {allowed} visits left this year.",
        (_, { } allowed, null) => $"Up to {allowed} visits a year.",
    };

    public static IReadOnlyList<string> CostShare(CostShare? share)
    {
        if (share is null)
        {
            return ["Unknown: ask your plan what you will pay per visit."];
        }

        var us = CultureInfo.GetCultureInfo("en-US");
        return
        [
            share.Copay is { } copay ? $"Copay: {copay.ToString("C0", us)} per visit." : "Copay: not recorded for this rule; ask your plan.",
            share.CoinsurancePercent is { } percent ? $"Coinsurance: {percent.ToString("0.##", us)}% of the allowed amount." : "Coinsurance: not recorded for this rule; ask your plan.",
            share.DeductibleApplies ? "Your deductible applies first." : "The deductible does not apply.",
        ];
    }

    public static string Date(DateOnly? date) =>
        date?.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")) ?? "never";
}
