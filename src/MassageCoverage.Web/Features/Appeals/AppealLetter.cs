using System.Text;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Appeals;

/// <summary>What an appeal letter is written from: the denial, and the records the patient chose to cite.</summary>
public sealed record AppealLetterFacts(
    Denial Denial, Referral? Referral, CheckSnapshot? Check, IReadOnlyList<InsurerCall> Calls, TimeZoneInfo Zone, DateOnly Today);

/// <summary>
/// The first draft of an appeal letter, in the language chosen for it, holding what docs/domain.md section 5b says an
/// appeal letter names: the member, plan and member id, the denial's reference and date, the service, the diagnosis,
/// why it is medically necessary (functional limits, goals, what was tried: left in [brackets] for the patient and
/// prescriber, never invented), and the evidence, with every call cited by date, representative and reference
/// number. It asks for a written decision. The patient edits it before printing.
/// </summary>
public static class AppealLetter
{
    /// <summary>The parts left for the patient: "[Your full name]". Any text in square brackets counts.</summary>
    public static IReadOnlyList<string> Blanks(string letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var blanks = new List<string>();
        for (var start = letter.IndexOf('[', StringComparison.Ordinal); start >= 0; start = letter.IndexOf('[', start + 1))
        {
            var end = letter.IndexOf(']', start + 1);
            if (end < 0)
            {
                break;
            }

            blanks.Add(letter[start..(end + 1)]);
        }

        return blanks;
    }

    public static string Write(AppealLetterFacts facts, string language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Languages.In(language, () => Compose(facts));
    }

    private static string Compose(AppealLetterFacts facts)
    {
        var (d, referral) = (facts.Denial, facts.Referral);
        var text = new StringBuilder();
        Line(text, AppealStrings.LYourName);
        Line(text, AppealStrings.LYourAddress);
        Line(text, AppealStrings.LYourPhone);
        Line(text);
        Line(text, Words.Date(facts.Today));
        Line(text);
        Line(text, d.Insurer);
        Line(text, AppealStrings.LAppealsDept);
        Line(text, AppealStrings.LAppealsAddress);
        Line(text);
        Line(text, Words.Format(AppealStrings.LRe, Words.Date(d.NoticeDate), d.ClaimReference ?? AppealStrings.LClaimBlank));
        Line(text, Words.Format(AppealStrings.LMember, AppealStrings.LYourName));
        Line(text, Words.Format(AppealStrings.LMemberId, d.MemberId ?? AppealStrings.LMemberIdBlank));
        Line(text, Words.Format(AppealStrings.LPlan, d.PlanName ?? d.Insurer));
        Line(text, Words.Format(AppealStrings.LService, CodeText.ServiceName(d.ServiceCode), d.ServiceCode, d.ServiceDates ?? AppealStrings.LDatesBlank));
        Line(text);
        Line(text, AppealStrings.LGreeting);
        Line(text);
        Line(text, Words.Format(AppealStrings.LAsk, Words.Date(d.NoticeDate), CodeText.ServiceName(d.ServiceCode), d.ServiceCode) + " " + Request(d.Route));
        Line(text);
        Line(text, Words.Format(AppealStrings.LReasonGiven, AppealText.Reason(d.Reason)) + " " + Answer(d.Reason));
        if (d.InOwnWords is { } own)
        {
            Line(text, Words.Format(AppealStrings.LOwnWords, own));
        }

        Line(text);
        Line(text, referral is { DiagnosisCodes.Count: > 0 }
            ? Words.Format(AppealStrings.LDiagnosis, string.Join("; ", referral.DiagnosisCodes.Select(CodeText.Diagnosis)))
            : AppealStrings.LDiagnosisBlank);
        if (referral is not null)
        {
            Line(text, Words.Format(AppealStrings.LReferral, referral.PrescriberName, referral.PrescriberNpi, Words.Date(referral.IssuedOn)));
            if (referral.FrequencyAndDuration is { } frequency)
            {
                Line(text, Words.Format(AppealStrings.LReferralFrequency, frequency));
            }

            if (referral.BodyAreas is { } areas)
            {
                Line(text, Words.Format(AppealStrings.LReferralAreas, areas));
            }
        }

        Line(text);
        Line(text, AppealStrings.LNecessityHeading);
        Line(text, "- " + AppealStrings.LLimits);
        Line(text, "- " + AppealStrings.LGoals);
        Line(text, "- " + AppealStrings.LTried);
        if (facts.Check?.Rule is { Source: { } source } rule)
        {
            Line(text);
            Line(text, Words.Format(AppealStrings.LPolicy, source,
                rule.LastVerified is { } verified ? Words.Format(AppealStrings.LPolicyVerified, Words.Date(verified)) : ""));
        }

        Calls(text, facts);
        Line(text);
        Line(text, AppealStrings.LEnclosedHeading);
        Line(text, "- " + (referral is null ? AppealStrings.LEncloseReferralBlank
            : Words.Format(AppealStrings.LEncloseReferral, referral.PrescriberName, Words.Date(referral.IssuedOn))));
        Line(text, "- " + AppealStrings.LEncloseNotes);
        Line(text, "- " + AppealStrings.LEncloseNecessity);
        Line(text, "- " + AppealStrings.LEncloseNotice);
        Line(text);
        Line(text, AppealStrings.LWrittenDecision);
        Line(text);
        Line(text, AppealStrings.LClosing);
        Line(text);
        Line(text, AppealStrings.LSignature);
        text.Append(AppealStrings.LYourName);
        return text.ToString();
    }

    private static void Calls(StringBuilder text, AppealLetterFacts facts)
    {
        if (facts.Calls.Count == 0)
        {
            return;
        }

        Line(text);
        Line(text, AppealStrings.LCallsHeading);
        foreach (var call in facts.Calls.OrderBy(c => c.CalledAt))
        {
            var at = Words.DateTime(TimeZoneInfo.ConvertTime(call.CalledAt, facts.Zone).DateTime);
            Line(text, "- " + Words.Format(AppealStrings.LCall, at, call.Representative ?? AppealStrings.LCallRepresentativeBlank,
                call.ReferenceNumber ?? AppealStrings.LCallReferenceBlank));
            if (call.Answers is { } said)
            {
                Line(text, "  " + Words.Format(AppealStrings.LCallSaid, said));
            }

            foreach (var promise in call.Promises.OrderBy(p => p.DueOn))
            {
                Line(text, "  " + Words.Format(AppealStrings.LCallPromised, promise.What, Words.Date(promise.DueOn)));
            }

            if (call.WrittenConfirmationRequested)
            {
                Line(text, "  " + AppealStrings.LCallWritten);
            }
        }
    }

    private static string Request(AppealRoute route) => route switch
    {
        AppealRoute.Private => AppealStrings.LAskPrivate,
        AppealRoute.MedicareAdvantage => AppealStrings.LAskMedicareAdvantage,
        AppealRoute.OriginalMedicare => AppealStrings.LAskOriginalMedicare,
        AppealRoute.MedicaidManagedCare => AppealStrings.LAskMedicaidManagedCare,
        AppealRoute.MedicaidFeeForService => AppealStrings.LAskMedicaidFeeForService,
        _ => AppealStrings.LAskNotSure,
    };

    private static string Answer(DenialReason reason) => reason switch
    {
        DenialReason.NotMedicallyNecessary => AppealStrings.LAnswerNotMedicallyNecessary,
        DenialReason.MaintenanceCare => AppealStrings.LAnswerMaintenanceCare,
        DenialReason.DiagnosisNotSupported => AppealStrings.LAnswerDiagnosisNotSupported,
        DenialReason.VisitLimitExceeded => AppealStrings.LAnswerVisitLimitExceeded,
        DenialReason.IncompleteDocumentation => AppealStrings.LAnswerIncompleteDocumentation,
        DenialReason.WellnessService => AppealStrings.LAnswerWellnessService,
        _ => AppealStrings.LAnswerOther,
    };

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
