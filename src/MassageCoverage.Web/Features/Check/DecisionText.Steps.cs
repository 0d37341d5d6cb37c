using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

#pragma warning disable CS8524

namespace MassageCoverage.Web.Features.Check;

public static partial class DecisionText
{
    /// <summary>Medicare's own line for people with Medicare (docs/domain.md section 3, "Whom to call").</summary>
    public const string MedicarePhone = "1-800-MEDICARE (1-800-633-4227)";

    public const string MedicareTty = "1-877-486-2048";

    private const string ReadPolicy = "Read your plan's coverage documents on massage therapy and rehabilitation visits.";

    private const string RequestAuthorization =
        "Ask your provider to request prior authorization from your insurer before the visit, and keep the authorization number.";

    public static IReadOnlyList<string> NextSteps(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return [.. decision.NextSteps.Select(s => Step(s, decision))];
    }

    /// <summary>The step that meets or confirms a requirement; null when there is nothing to do.</summary>
    public static string? HowToMeet(RequirementOutcome outcome, CoverageDecision decision) =>
        outcome.HowToMeet is { } step ? Step(step, decision) : null;

    public static string Step(NextStep step, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var request = decision.Request;
        return step switch
        {
            NextStep.AskForCoveredCode => "Ask your provider whether your treatment is billed under a covered code, and confirm it with your insurer.",
            NextStep.ApplyToProgram =>
                $"Ask your plan or your case manager whether you qualify for {Program(Rule(decision).ProgramName)} and how to enrol.",
            NextStep.CheckEnrollment =>
                $"Check whether you are enrolled in {Program(Rule(decision).ProgramName)}: your enrolment letter or support plan says so.",
            NextStep.AskForAllowedProvider =>
                $"Ask your doctor whether a {ProviderTypeText.List(Rule(decision).AllowedProviderTypes)} could give this treatment as part of a plan of care.",
            NextStep.GetPlanOfCare => "Ask your doctor whether physical or occupational therapy is right for you, and ask the therapist to "
                + "include the massage techniques in the plan of care your doctor certifies.",
            NextStep.CheckPlanOfCare => "Ask your therapist whether the massage is written into your therapy plan of care.",
            NextStep.BookSameDayTherapy => "Book the massage on the same day as a physical or occupational therapy visit.",
            NextStep.CheckSameDayTherapy =>
                "Check whether you have a physical or occupational therapy visit on the day of the massage, or book them together.",
            NextStep.AskForReferral => AskForReferral("a referral", Rule(decision)),
            NextStep.CheckReferralDate =>
                $"Check the date on your referral: this rule accepts it for {Rule(decision).ReferralValidDays} days.",
            NextStep.AskForNewReferral => AskForReferral("a new referral", Rule(decision)),
            NextStep.DocumentDiagnosis => "Ask your provider to document the diagnosis that makes massage medically necessary, "
                + $"with its ICD-10 code (this rule covers {CoveredDiagnoses(Rule(decision))}).",
            NextStep.AskForOtherDiagnosis => "Ask your provider whether another documented diagnosis applies.",
            NextStep.ChooseLicensedTherapist => "Choose a state-licensed therapist.",
            NextStep.CheckLicence => "Ask your therapist for their state licence number and check it with the state licensing board.",
            NextStep.FindInNetworkTherapist => "Find an in-network therapist in your plan's provider directory, or ask your insurer for one.",
            NextStep.AskWhetherInNetwork => "Ask your insurer whether your therapist is in network (give the therapist's name and NPI).",
            NextStep.RequestAuthorization => RequestAuthorization,
            NextStep.RequestAuthorizationLater =>
                $"Ask your provider to request prior authorization before visit {Rule(decision).PriorAuthorizationAfterVisits + 1}.",
            NextStep.GiveAge => $"Give the patient's age: this rule covers {AgeLimits(Rule(decision))}.",
            NextStep.AskForOtherBenefit => "Ask your insurer whether another benefit covers the patient at this age.",
            NextStep.AskSessionLength =>
                $"Ask your therapist how long the session will be: this rule pays for up to {Rule(decision).MaxMinutesPerVisit ?? 0} minutes.",
            NextStep.ShortenSession => $"Plan a session of {Rule(decision).MaxMinutesPerVisit ?? 0} minutes or less, or ask your therapist "
                + $"what the {MinutesOver(Rule(decision), request)} minutes not covered will cost you.",
            NextStep.AskVisitsUsed => $"Ask your insurer how many {PooledVisits(Rule(decision))} you have used in this benefit period: "
                + "massage and every other service in the pool count.",
            NextStep.AskForMoreVisits => "Ask your insurer whether more visits can be approved for medical necessity.",
            NextStep.ReadPolicy => ReadPolicy,
            NextStep.DocumentMedicalNecessity =>
                "Keep your provider's documentation of medical necessity: the diagnosis, your records and the treatments tried before.",
            NextStep.Appeal => "If a claim is denied or you believe this answer is wrong, ask for the reason in writing and file an appeal; "
                + "a patient advocate can help you.",
            NextStep.KeepRecord => $"Call {Whom(request.PlanType)} to confirm, and keep a record of each call: the date and time, the "
                + "representative's name, the reference number and what was said; ask for written confirmation.",
            NextStep.AskWhenUnknown => $"Ask {Whom(request.PlanType)} whether {Service(decision)} is covered for your diagnosis, whether you "
                + "need a referral or prior authorization, how many visits a year are allowed, and whether the therapist must be "
                + "licensed or in the network.",
            NextStep.IdentifyCoverageFromCard => CoverageKinds.CardHelp,
            NextStep.FindPlanOnCard => "Find your plan's name on your insurance card, then check again with it; if we do not list it, "
                + $"ask member services how the plan covers {Service(decision)}.",
            NextStep.CallMemberServices => "Call the member-services number on the back of your insurance card, and ask which plan "
                + $"you have and whether it covers {Service(decision)}.",
            NextStep.CallMedicare => $"If you have Medicare, call {MedicarePhone} (TTY {MedicareTty}) to learn whether you have "
                + "Original Medicare or a Medicare Advantage plan, and which one.",
            NextStep.CallMedicaidAgency => MedicaidAgency(request),
        };
    }

    /// <summary>The questions to ask on the phone about this decision.</summary>
    public static IReadOnlyList<string> Questions(CoverageDecision decision) =>
        [.. InsurerQuestions.For(decision).Select(q => Question(q, decision))];

    public static string Question(Question question, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var service = Service(decision);
        return question.Code switch
        {
            InsurerQuestion.CoverageForDiagnosis => $"Does my plan cover {service} when a provider prescribes it for a diagnosed condition? "
                + "(On eligibility systems this is service type BE, massage therapy.)",
            InsurerQuestion.ReferralAndValidity => "Do I need a referral or prescription, and for how long is it valid?",
            InsurerQuestion.PriorAuthorizationAndWhen => "Do I need prior authorization, and after how many visits?",
            InsurerQuestion.VisitsPerYearAndSharing =>
                "How many visits a year are covered, and are they shared with physical therapy or chiropractic visits?",
            InsurerQuestion.LicenceNetworkAndProviders => "Must the therapist be licensed and in your network? Which provider types can bill it?",
            InsurerQuestion.DiagnosesAndCost => "Which diagnoses do you cover it for, and what will I pay per visit?",
            InsurerQuestion.ReasonNotCovered => $"What is the specific reason {service} is not covered for me, and where is it written in my plan?",
            InsurerQuestion.HowToAppeal => "How do I file an appeal, and by when?",
            InsurerQuestion.ProgramEnrollment => $"Am I enrolled in {Program(decision.ProgramName)}, and if not, how do I apply?",
            InsurerQuestion.PlanOfCare =>
                $"Is {service} covered only inside a physical or occupational therapy plan of care, and is it written into mine?",
            InsurerQuestion.SameDayTherapy =>
                $"Is {service} paid only on a day I also have a physical or occupational therapy visit, and does my visit that day count?",
            InsurerQuestion.SessionLength => $"What is the longest session of {service} you pay for, and do you count units by Medicare's "
                + "8-minute rule or the CPT midpoint rule?",
            InsurerQuestion.PooledVisits => decision.VisitPool is { } pool
                ? $"Which services share the {PoolVisits(pool)} limit with massage (we think {PoolServices(pool)}), and how many pooled visits have I used this benefit period?"
                : $"What do I need to meet the {question.About} requirement for {service}?",
            InsurerQuestion.Referral => $"Do I need a referral or prescription for {service}, and for how many days is it valid?",
            InsurerQuestion.LicensedTherapist => "Must the therapist be licensed, and which licences do you accept?",
            InsurerQuestion.InNetwork => "Is my therapist in your network? (Have the therapist's name and NPI ready.)",
            InsurerQuestion.PriorAuthorization => $"Do I need prior authorization for {service}, and has one been approved for me?",
            InsurerQuestion.Diagnosis => $"Which diagnoses do you cover {service} for, and is mine one of them?",
            InsurerQuestion.Age => "Does this benefit have an age limit?",
            InsurerQuestion.OtherRequirement => $"What do I need to meet the {question.About} requirement for {service}?",
            InsurerQuestion.PriorAuthorizationLater =>
                "After how many visits will I need prior authorization, and how does my provider request it?",
            InsurerQuestion.WrittenConfirmation =>
                "Can you send me written confirmation of what you told me, and what is the reference number for this call?",
        };
    }

    // The request's state's agency when we know it (a phone only one source gives says so), else CMS's directory.
    private static string MedicaidAgency(CoverageRequest request) => MedicaidAgencies.Find(request.State) is { } agency
        ? $"{(request.PlanType == PlanType.Medicaid ? "Call" : "If you have Medicaid, call")} {agency.Agency} at {agency.MemberPhone}"
            + $"{(agency.PhoneNeedsVerifying ? " (verify this number on CMS's directory)" : "")} or visit {agency.Website}: "
            + $"ask whether {agency.Program} covers massage therapy for your condition and what you must do to get it paid."
        : $"If you have Medicaid, call your state's Medicaid agency: CMS lists each one, with its phone, at {MedicaidAgencies.Directory}.";

    // What a prescription states (docs/domain.md section 5), so the patient asks for one the insurer accepts.
    private static string AskForReferral(string what, RuleTerms rule) =>
        $"Ask your doctor for {what}{Validity(rule)}: it states the diagnosis and its ICD-10 code, the treatment or CPT code, " +
        "the body areas, and how often and how long (such as 2 times a week for 6 weeks).";
}
