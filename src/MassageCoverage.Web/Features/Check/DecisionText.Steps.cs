using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using A = MassageCoverage.Web.Resources.AnswerStrings;

#pragma warning disable CS8524

namespace MassageCoverage.Web.Features.Check;

public static partial class DecisionText
{
    /// <summary>Medicare's own line for people with Medicare (docs/domain.md section 3, "Whom to call").</summary>
    public const string MedicarePhone = "1-800-MEDICARE (1-800-633-4227)";

    public const string MedicareTty = "1-877-486-2048";

    public static IReadOnlyList<Localized> NextSteps(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return [.. decision.NextSteps.Select(s => Step(s, decision))];
    }

    /// <summary>The step that meets or confirms a requirement; null when there is nothing to do.</summary>
    public static Localized? HowToMeet(RequirementOutcome outcome, CoverageDecision decision) =>
        outcome.HowToMeet is { } step ? Step(step, decision) : null;

    public static Localized Step(NextStep step, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var request = decision.Request;
        return step switch
        {
            NextStep.AskForCoveredCode => A.StepAskForCoveredCode,
            NextStep.ApplyToProgram => Localized.Format(A.StepApplyToProgram, Program(Rule(decision).ProgramName)),
            NextStep.CheckEnrollment => Localized.Format(A.StepCheckEnrollment, Program(Rule(decision).ProgramName)),
            NextStep.AskForAllowedProvider => Localized.Format(A.StepAskForAllowedProvider, ProviderTypeText.List(Rule(decision).AllowedProviderTypes)),
            NextStep.GetPlanOfCare => A.StepGetPlanOfCare,
            NextStep.CheckPlanOfCare => A.StepCheckPlanOfCare,
            NextStep.BookSameDayTherapy => A.StepBookSameDayTherapy,
            NextStep.CheckSameDayTherapy => A.StepCheckSameDayTherapy,
            NextStep.AskForReferral => Localized.Format(A.StepAskForReferral, Validity(Rule(decision))),
            NextStep.CheckReferralDate => Localized.Format(A.StepCheckReferralDate, Rule(decision).ReferralValidDays),
            NextStep.AskForNewReferral => Localized.Format(A.StepAskForNewReferral, Validity(Rule(decision))),
            NextStep.DocumentDiagnosis => Localized.Format(A.StepDocumentDiagnosis, CoveredDiagnoses(Rule(decision))),
            NextStep.AskForOtherDiagnosis => A.StepAskForOtherDiagnosis,
            NextStep.ChooseLicensedTherapist => A.StepChooseLicensedTherapist,
            NextStep.CheckLicence => A.StepCheckLicence,
            NextStep.FindInNetworkTherapist => A.StepFindInNetworkTherapist,
            NextStep.AskWhetherInNetwork => A.StepAskWhetherInNetwork,
            NextStep.RequestAuthorization => A.StepRequestAuthorization,
            NextStep.RequestAuthorizationLater => Localized.Format(A.StepRequestAuthorizationLater, Rule(decision).PriorAuthorizationAfterVisits + 1),
            NextStep.GiveAge => Localized.Format(A.StepGiveAge, AgeLimits(Rule(decision))),
            NextStep.AskForOtherBenefit => A.StepAskForOtherBenefit,
            NextStep.AskSessionLength => Localized.Format(A.StepAskSessionLength, Rule(decision).MaxMinutesPerVisit ?? 0),
            NextStep.ShortenSession => Localized.Format(A.StepShortenSession, Rule(decision).MaxMinutesPerVisit ?? 0, MinutesOver(Rule(decision), request)),
            NextStep.AskVisitsUsed => Localized.Format(A.StepAskVisitsUsed, PooledVisits(Rule(decision))),
            NextStep.AskForMoreVisits => A.StepAskForMoreVisits,
            NextStep.ReadPolicy => A.StepReadPolicy,
            NextStep.DocumentMedicalNecessity => A.StepDocumentMedicalNecessity,
            NextStep.Appeal => A.StepAppeal,
            NextStep.KeepRecord => Localized.Format(A.StepKeepRecord, Whom(request.PlanType)),
            NextStep.AskWhenUnknown => Localized.Format(A.StepAskWhenUnknown, Whom(request.PlanType), Service(decision)),
            NextStep.IdentifyCoverageFromCard => CoverageKinds.CardHelp,
            NextStep.FindPlanOnCard => Localized.Format(A.StepFindPlanOnCard, Service(decision)),
            NextStep.CallMemberServices => Localized.Format(A.StepCallMemberServices, Service(decision)),
            NextStep.CallMedicare => Localized.Format(A.StepCallMedicare, MedicarePhone, MedicareTty),
            NextStep.CallMedicaidAgency => MedicaidAgency(request),
            NextStep.GetGoodFaithEstimate => SelfPayStrings.StepGoodFaithEstimate,
            NextStep.PayWithHealthAccount => SelfPayStrings.StepHealthAccount,
            NextStep.LookForCoverage => LookForCoverage(request),
        };
    }

    /// <summary>The questions to ask on the phone about this decision.</summary>
    public static IReadOnlyList<Localized> Questions(CoverageDecision decision) =>
        [.. InsurerQuestions.For(decision).Select(q => Question(q, decision))];

    public static Localized Question(Question question, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var service = Service(decision);
        return question.Code switch
        {
            InsurerQuestion.CoverageForDiagnosis => Localized.Format(A.QuestionCoverageForDiagnosis, service),
            InsurerQuestion.ReferralAndValidity => A.QuestionReferralAndValidity,
            InsurerQuestion.PriorAuthorizationAndWhen => A.QuestionPriorAuthorizationAndWhen,
            InsurerQuestion.VisitsPerYearAndSharing => A.QuestionVisitsPerYearAndSharing,
            InsurerQuestion.LicenceNetworkAndProviders => A.QuestionLicenceNetworkAndProviders,
            InsurerQuestion.DiagnosesAndCost => A.QuestionDiagnosesAndCost,
            InsurerQuestion.ReasonNotCovered => Localized.Format(A.QuestionReasonNotCovered, service),
            InsurerQuestion.HowToAppeal => A.QuestionHowToAppeal,
            InsurerQuestion.ProgramEnrollment => Localized.Format(A.QuestionProgramEnrollment, Program(decision.ProgramName)),
            InsurerQuestion.PlanOfCare => Localized.Format(A.QuestionPlanOfCare, service),
            InsurerQuestion.SameDayTherapy => Localized.Format(A.QuestionSameDayTherapy, service),
            InsurerQuestion.SessionLength => Localized.Format(A.QuestionSessionLength, service),
            InsurerQuestion.PooledVisits => decision.VisitPool is { } pool
                ? Localized.Format(A.QuestionPooledVisits, PoolVisits(pool), PoolServices(pool))
                : Localized.Format(A.QuestionOtherRequirement, RequirementName(question.About), service),
            InsurerQuestion.Referral => Localized.Format(A.QuestionReferral, service),
            InsurerQuestion.LicensedTherapist => A.QuestionLicensedTherapist,
            InsurerQuestion.InNetwork => A.QuestionInNetwork,
            InsurerQuestion.PriorAuthorization => Localized.Format(A.QuestionPriorAuthorization, service),
            InsurerQuestion.Diagnosis => Localized.Format(A.QuestionDiagnosis, service),
            InsurerQuestion.Age => A.QuestionAge,
            InsurerQuestion.OtherRequirement => Localized.Format(A.QuestionOtherRequirement, RequirementName(question.About), service),
            InsurerQuestion.PriorAuthorizationLater => A.QuestionPriorAuthorizationLater,
            InsurerQuestion.WrittenConfirmation => A.QuestionWrittenConfirmation,
        };
    }

    // The requirement a question is about, by the name the result page gives it.
    private static string RequirementName(RequirementCode? code) => code is { } c ? ResultText.Requirement(c) : "";

    // Medicaid through the request's state's agency when we know it, else CMS's directory; and the Marketplace
    // (docs/domain.md section 5b, "Without insurance").
    private static Localized LookForCoverage(CoverageRequest request) => MedicaidAgencies.Find(request.State) is { } agency
        ? Localized.Format(SelfPayStrings.StepLookForCoverageAgency, AsEntered.Name(agency.Agency), agency.MemberPhone,
            agency.PhoneNeedsVerifying ? A.StepAgencyPhoneVerify : "", agency.Website, AsEntered.Name(agency.Program))
        : Localized.Format(SelfPayStrings.StepLookForCoverageAnyAgency, MedicaidAgencies.Directory);

    // The request's state's agency when we know it (a phone only one source gives says so), else CMS's directory.
    private static Localized MedicaidAgency(CoverageRequest request) => MedicaidAgencies.Find(request.State) is { } agency
        ? Localized.Format(request.PlanType == PlanType.Medicaid ? A.StepCallAgency : A.StepCallAgencyIfMedicaid,
            AsEntered.Name(agency.Agency), agency.MemberPhone, agency.PhoneNeedsVerifying ? A.StepAgencyPhoneVerify : "",
            agency.Website, AsEntered.Name(agency.Program))
        : Localized.Format(A.StepCallAnyAgency, MedicaidAgencies.Directory);
}
