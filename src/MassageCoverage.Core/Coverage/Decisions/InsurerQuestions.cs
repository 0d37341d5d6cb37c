namespace MassageCoverage.Core.Coverage;

/// <summary>
/// What to ask on the phone, generated from what the decision could not settle: one question per unknown
/// requirement, the whole benefit when nothing is known, and always the reference number and written confirmation
/// (docs/domain.md section 1, step 4).
/// </summary>
public static class InsurerQuestions
{
    public static IReadOnlyList<string> For(CoverageDecision decision, CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(request);
        var service = CptCodes.Label(request.ServiceCode);
        List<string> questions = decision.Decision switch
        {
            Decision.Indeterminate =>
            [
                $"Does my plan cover {service} when a provider prescribes it for a diagnosed condition? (On eligibility systems this is service type BE, massage therapy.)",
                "Do I need a referral or prescription, and for how long is it valid?",
                "Do I need prior authorization, and after how many visits?",
                "How many visits a year are covered, and are they shared with physical therapy or chiropractic visits?",
                "Must the therapist be licensed and in your network? Which provider types can bill it?",
                "Which diagnoses do you cover it for, and what will I pay per visit?",
            ],
            Decision.NotCovered =>
            [
                $"What is the specific reason {service} is not covered for me, and where is it written in my plan?",
                "How do I file an appeal, and by when?",
            ],
            _ => [.. decision.Requirements.Where(r => r.Status == RequirementStatus.Unknown).Select(r => Ask(r.Code, decision, service))],
        };
        if (decision.PriorAuthorization == PriorAuthorizationStatus.Conditional)
        {
            questions.Add("After how many visits will I need prior authorization, and how does my provider request it?");
        }

        questions.Add("Can you send me written confirmation of what you told me, and what is the reference number for this call?");
        return questions;
    }

    private static string Ask(RequirementCode code, CoverageDecision decision, string service) => code switch
    {
        RequirementCode.ProgramEnrollment =>
            $"Am I enrolled in {PathwayText.Program(decision.ProgramName)}, and if not, how do I apply?",
        RequirementCode.PlanOfCare =>
            $"Is {service} covered only inside a physical or occupational therapy plan of care, and is it written into mine?",
        RequirementCode.SameDayTherapy =>
            $"Is {service} paid only on a day I also have a physical or occupational therapy visit, and does my visit that day count?",
        RequirementCode.SessionLength =>
            $"What is the longest session of {service} you pay for, and do you count units by Medicare's 8-minute rule or the CPT midpoint rule?",
        RequirementCode.VisitLimit when decision.VisitPool is { } pool =>
            $"Which services share the {VisitPoolText.Visits(pool)} limit with massage (we think {VisitPoolText.Services(pool)}), and how many pooled visits have I used this benefit period?",
        RequirementCode.Referral => $"Do I need a referral or prescription for {service}, and for how many days is it valid?",
        RequirementCode.LicensedTherapist => "Must the therapist be licensed, and which licences do you accept?",
        RequirementCode.InNetwork => "Is my therapist in your network? (Have the therapist's name and NPI ready.)",
        RequirementCode.PriorAuthorization => $"Do I need prior authorization for {service}, and has one been approved for me?",
        RequirementCode.Diagnosis => $"Which diagnoses do you cover {service} for, and is mine one of them?",
        RequirementCode.Age => "Does this benefit have an age limit?",
        _ => $"What do I need to meet the {code} requirement for {service}?",
    };
}
