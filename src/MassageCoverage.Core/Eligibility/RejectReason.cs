namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// AAA03, why a payer could not answer (docs/x12-271.md section 2); <see cref="Other"/> for a code not listed there,
/// whose code <see cref="Rejection.ReasonCode"/> still carries.
/// </summary>
public enum RejectReason
{
    Other,
    RequiredDataMissing,
    AccessRestricted,
    UnableToRespondNow,
    InvalidProviderId,
    ProviderNotOnFile,
    InvalidServiceDate,
    InvalidBirthDate,
    ServiceDateOutsideInquiryPeriod,
    ServiceDateInFuture,
    InvalidPatientId,
    InvalidPatientName,
    PatientNotFound,
    BirthDateMismatch,
    InvalidMemberId,
    InvalidSubscriberName,
    SubscriberNotFound,
    DuplicateSubscriberId,
    SubscriberFoundPatientNotFound,
    NotInGroupOrPlan,
    InvalidParticipantId,
    NoResponseReceived,
    PayerMissing,
}

/// <summary>AAA04, what the payer asks the inquirer to do next; <see cref="Other"/> for a code not listed.</summary>
public enum FollowUpAction
{
    Other,
    CorrectAndResubmit,
    ResubmissionNotAllowed,
    ResubmitOriginal,
    ResubmissionAllowed,
    InquirySentToThirdParty,
    WaitThirtyDays,
    WaitTenDays,
    PayerWillReply,
}

/// <summary>AAA03 and AAA04's codes.</summary>
public static class RejectionCodes
{
    public static RejectReason Reason(string? code) => code switch
    {
        "15" => RejectReason.RequiredDataMissing,
        "41" => RejectReason.AccessRestricted,
        "42" => RejectReason.UnableToRespondNow,
        "43" => RejectReason.InvalidProviderId,
        "51" => RejectReason.ProviderNotOnFile,
        "57" => RejectReason.InvalidServiceDate,
        "58" => RejectReason.InvalidBirthDate,
        "62" => RejectReason.ServiceDateOutsideInquiryPeriod,
        "63" => RejectReason.ServiceDateInFuture,
        "64" => RejectReason.InvalidPatientId,
        "65" => RejectReason.InvalidPatientName,
        "67" => RejectReason.PatientNotFound,
        "71" => RejectReason.BirthDateMismatch,
        "72" => RejectReason.InvalidMemberId,
        "73" => RejectReason.InvalidSubscriberName,
        "75" => RejectReason.SubscriberNotFound,
        "76" => RejectReason.DuplicateSubscriberId,
        "77" => RejectReason.SubscriberFoundPatientNotFound,
        "78" => RejectReason.NotInGroupOrPlan,
        "79" => RejectReason.InvalidParticipantId,
        "80" => RejectReason.NoResponseReceived,
        "T4" => RejectReason.PayerMissing,
        _ => RejectReason.Other,
    };

    public static FollowUpAction FollowUp(string? code) => code switch
    {
        "C" => FollowUpAction.CorrectAndResubmit,
        "N" => FollowUpAction.ResubmissionNotAllowed,
        "P" => FollowUpAction.ResubmitOriginal,
        "R" => FollowUpAction.ResubmissionAllowed,
        "S" => FollowUpAction.InquirySentToThirdParty,
        "W" => FollowUpAction.WaitThirtyDays,
        "X" => FollowUpAction.WaitTenDays,
        "Y" => FollowUpAction.PayerWillReply,
        _ => FollowUpAction.Other,
    };
}
