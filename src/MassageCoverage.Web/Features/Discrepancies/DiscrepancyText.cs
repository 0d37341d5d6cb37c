using MassageCoverage.Core.Coverage.Calls;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Language;
using D = MassageCoverage.Web.Resources.DiscrepancyStrings;

namespace MassageCoverage.Web.Features.Discrepancies;

/// <summary>A contradiction in plain words, both values and both dates side by side, never saying which is right.</summary>
public static class DiscrepancyText
{
    public static Localized Value(CallField field, FieldValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (field, value.Kind) switch
        {
            (CallField.Covered, FieldValueKind.Yes) => D.ValueCoveredYes,
            (CallField.Covered, _) => D.ValueCoveredNo,
            (CallField.VisitsPerYear, FieldValueKind.NoLimit) => D.ValueNoLimit,
            (CallField.VisitsPerYear, _) when value.Count == 1 => D.ValueVisitsOne,
            (CallField.VisitsPerYear, _) => Localized.Format(D.ValueVisitsMany, value.Count),
            (CallField.ReferralNeeded, FieldValueKind.Yes) => D.ValueReferralYes,
            (CallField.ReferralNeeded, _) => D.ValueReferralNo,
            (_, FieldValueKind.AfterVisits) => Localized.Format(D.ValuePriorAuthAfter, value.Count),
            (_, FieldValueKind.Yes) => D.ValuePriorAuthYes,
            _ => D.ValuePriorAuthNo,
        };
    }

    /// <summary>"Your call on March 3, 2026 said 12 visits a year; our rule, last verified January 5, 2026, says 20 visits a year."</summary>
    public static Localized Sentence(CallDiscrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        var c = discrepancy.Contradiction;
        var (call, rule) = (Value(c.Field, c.Call), Value(c.Field, c.Rule));
        return discrepancy.Rule.Terms.LastVerified is { } verified
            ? Localized.Format(D.Sentence, Words.Date(discrepancy.CallDate), call, Words.Date(verified), rule)
            : Localized.Format(D.SentenceNeverVerified, Words.Date(discrepancy.CallDate), call, rule);
    }

    public static string Field(CallField field) => field switch
    {
        CallField.Covered => D.FieldCovered,
        CallField.VisitsPerYear => D.FieldVisitsPerYear,
        CallField.ReferralNeeded => D.FieldReferralNeeded,
        _ => D.FieldPriorAuthorizationNeeded,
    };

    /// <summary>The next step, from what the call record says of written confirmation.</summary>
    public static string Confirmation(InsurerCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.WrittenConfirmationReceived ? D.ConfirmationHave
            : call.WrittenConfirmationRequested ? D.ConfirmationAsked
            : D.ConfirmationNone;
    }

    /// <summary>What became of a report, as the patient reads it; null when none was sent.</summary>
    public static string? Status(DiscrepancyReport? report, TimeZoneInfo zone) => report switch
    {
        null => null,
        { Status: DiscrepancyStatus.Open } => Words.Format(D.Sent, Words.Date(Day(report.SentAt, zone))),
        _ => Words.Format(report.Outcome switch
        {
            DiscrepancyOutcome.RuleUpdated => D.ResolvedRuleUpdated,
            DiscrepancyOutcome.CallWasWrong => D.ResolvedCallWasWrong,
            _ => D.ResolvedOther,
        }, Words.Date(Day(report.ResolvedAt!.Value, zone))),
    };

    private static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
