using System.Globalization;
using MassageCoverage.Core.Eligibility;
using MassageCoverage.Core.Eligibility.Massage;
using MassageCoverage.Core.Eligibility.X12;
using MassageCoverage.Web.Features.Audit;

namespace MassageCoverage.Web.Features.Eligibility;

/// <summary>A 271's codes and the engine's reading of them in the words the staff console uses (docs/x12-271.md).</summary>
public static class EligibilityWords
{
    public static string ServiceType(string? code) => code switch
    {
        ServiceTypes.MassageTherapy => "massage therapy (BE)",
        ServiceTypes.PhysicalMedicine => "physical medicine (AE)",
        ServiceTypes.PhysicalTherapy => "physical therapy (PT)",
        ServiceTypes.Chiropractic => "chiropractic (33)",
        ServiceTypes.HealthBenefitPlanCoverage => "the plan as a whole (30)",
        null => "no service type",
        _ => code,
    };

    public static string Status(CoverageStatus status) => status switch
    {
        CoverageStatus.Active => "active coverage",
        CoverageStatus.Inactive => "inactive",
        CoverageStatus.NotCovered => "not covered",
        _ => "not stated",
    };

    public static string Network(NetworkIndicator network) => network switch
    {
        NetworkIndicator.InNetwork => "in network",
        NetworkIndicator.OutOfNetwork => "out of network",
        NetworkIndicator.NotApplicable => "whatever the network",
        NetworkIndicator.Unknown => "network unknown to the payer",
        _ => "network not stated",
    };

    public static string CannotSay(Unanswerable what) => what switch
    {
        Unanswerable.TherapistInNetwork => "Whether this therapist is in the plan's network: a 271 says which network a benefit is for, never who is in it.",
        Unanswerable.DiagnosisOrPrescriptionRequirements => "Which diagnoses qualify, and whether a prescription or referral is needed: no part of a 271 carries them.",
        _ => "Anything about massage itself: the payer answered only for another service or for the plan as a whole.",
    };

    public static string Unclear(SummaryField field) => field switch
    {
        SummaryField.Status => "coverage",
        SummaryField.Coinsurance => "co-insurance",
        SummaryField.Copay => "co-payment",
        SummaryField.VisitsPerYear => "visits per year",
        SummaryField.VisitsRemaining => "visits left",
        _ => "prior authorization",
    };

    /// <summary>"subscriber not found (75), then: correct and resubmit".</summary>
    public static string Rejection(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var reason = rejection.Reason == RejectReason.Other ? "a reason not listed" : AuditDiff.Words(rejection.Reason.ToString());
        var text = $"{reason} ({rejection.ReasonCode ?? "no code"})";
        return rejection.FollowUp is { } follow && follow != FollowUpAction.Other ? $"{text}; next: {AuditDiff.Words(follow.ToString())}" : text;
    }

    /// <summary>Where and why the file could not be read, without any of its values (they are health information).</summary>
    public static string Error(X12Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var where = string.IsNullOrEmpty(error.SegmentId) ? $"segment {error.Segment}" : $"segment {error.Segment} ({error.SegmentId}"
            + (error.Element is { } e ? $", element {e.ToString("00", CultureInfo.InvariantCulture)})" : ")");
        var why = error.Code switch
        {
            X12ErrorCode.Empty => "the text is empty",
            X12ErrorCode.NoInterchangeHeader => "it does not start with an ISA segment, so it is not an X12 interchange",
            X12ErrorCode.HeaderTooShort => "the ISA header is shorter than its 106 characters: the file was cut",
            X12ErrorCode.HeaderMalformed => "an ISA element is not of its fixed width",
            X12ErrorCode.UnsupportedVersion => "it is not version 00501 (005010X279A1)",
            X12ErrorCode.InvalidDelimiters => "two separators are the same, or one is a letter, digit or space",
            X12ErrorCode.Unterminated => "the file ends inside a segment: it was cut short",
            X12ErrorCode.InvalidSegmentId => "this is not a segment name: the file may use other separators than its ISA says",
            X12ErrorCode.UnexpectedSegment => "this segment is not allowed here",
            X12ErrorCode.MissingSegment => "a segment the file needs is missing here",
            X12ErrorCode.CountMismatch => $"the trailer counts {error.Stated} but the file holds {error.Counted}",
            X12ErrorCode.ControlNumberMismatch => "the trailer's control number does not match its header's",
            X12ErrorCode.NotEligibilityResponse => "this is not a 271 eligibility response",
            X12ErrorCode.MissingElement => "a required element is empty",
            _ => "an element holds a value its position does not allow",
        };

        return $"The 271 cannot be read at {where}: {why}.";
    }

    /// <summary>"$500 a calendar year, in network" or "$350 left, in network": a remaining amount is never read as the limit.</summary>
    public static string Amount(BenefitValue<decimal> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var period = value.Period switch
        {
            TimePeriod.CalendarYear => " a calendar year",
            TimePeriod.ServiceYear => " a plan year",
            TimePeriod.Years => " a year",
            TimePeriod.Remaining => " left",
            TimePeriod.YearToDate => " used so far this year",
            TimePeriod.Lifetime => " in a lifetime",
            TimePeriod.LifetimeRemaining => " left for a lifetime",
            TimePeriod.Visit => " a visit",
            TimePeriod.Month => " a month",
            null => "",
            _ => $" ({AuditDiff.Words(value.Period.Value.ToString())})",
        };
        return $"{Money(value.Value)}{period}, {Network(value.Network)} ({ServiceType(value.ServiceType)})";
    }

    public static string Money(decimal amount) => amount.ToString("$#,0.##", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
