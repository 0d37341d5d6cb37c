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

    /// <summary>
    /// The badge of a whole decision: a conditional answer on a rule with a pathway says the pathway (such as "Covered
    /// only as part of physical or occupational therapy with a plan of care"), since "the steps below" alone would hide
    /// that massage is not paid on its own.
    /// </summary>
    public static (string Css, string Icon, string Label) Badge(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var badge = Badge(decision.Decision);
        return decision.Decision == Decision.Conditional && DecisionText.Headline(decision.Pathway, decision.ProgramName) is { } headline
            ? badge with { Label = headline }
            : badge;
    }

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
        RequirementCode.ProgramEnrollment => "Enrolled in the program",
        RequirementCode.PlanOfCare => "Part of a therapy plan of care",
        RequirementCode.SameDayTherapy => "Therapy visit the same day",
        RequirementCode.SessionLength => "Session length",
        _ => "The service itself",
    };

    public static string Visits(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (visits, period) = (decision.VisitPool is { } pool ? DecisionText.PoolVisits(pool) : "visits", PeriodWords(decision.BenefitPeriod));
        var shared = decision.VisitPool is { } p ? $" They are shared: {DecisionText.PoolDescription(p)}." : "";
        return (decision.Decision, decision.VisitsAllowed, decision.VisitsRemaining) switch
        {
            (Decision.Indeterminate, _, _) => "Unknown: ask your plan how many visits a year it covers.",
            (_, null, _) when decision.CostShare is null => "Not applicable: the service is not covered.",
            (_, null, _) => "This rule sets no yearly visit limit.",
            (_, { } allowed, { } remaining) => $"{remaining} of {allowed} {visits} left {period}.{shared}",
            (_, { } allowed, null) => $"Up to {allowed} {visits} {period}; we do not know how many you have used.{shared}",
        };
    }

    // "this year" for a calendar year, as the page always said; a plan year is named as such.
    private static string PeriodWords(BenefitPeriod? period) =>
        period is null || (period.Start.Month == 1 && period.Start.Day == 1) ? "this year" : "this plan year";

    /// <summary>The cost lines of a decision: none to pay toward when the service is not covered.</summary>
    public static IReadOnlyList<string> CostShare(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Decision == Decision.NotCovered
            ? ["Not applicable: the service is not covered, so the plan pays nothing toward it."]
            : CostShare(decision.CostShare);
    }

    /// <summary>
    /// The session's billable units in plain words; null when the decision has none (no session limit, or the planned
    /// length is unknown).
    /// </summary>
    public static string? Units(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Units is not { } units)
        {
            return null;
        }

        var planned = $"Your planned session is {Count(units.Planned, "billable 15-minute unit")}, counted by {DecisionText.UnitRule(units.Rule)}";
        return units.Covered == units.Planned
            ? $"{planned}; the plan pays for all of them."
            : $"{planned}; the plan pays for {units.Covered} of them, and you may be billed for the rest.";
    }

    /// <summary>The benefit period in plain words; null when no rule covering massage matched.</summary>
    public static string? Period(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.BenefitPeriod is not { } period)
        {
            return null;
        }

        var renews = period.RenewsOn() is { } day ? $" Visits renew on {Date(day)}." : "";
        return $"Benefit period: {Date(period.Start)} to {Date(period.End)}.{renews}";
    }

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

    private static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A date in a sentence a patient reads, "March 15, 2026": the one prose form of the check's pages and words.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")) ?? "never";
}
