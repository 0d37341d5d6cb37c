namespace MassageCoverage.Core.Coverage;

/// <summary>A question to ask the insurer on the phone, as a code the web project puts into words.</summary>
public enum InsurerQuestion
{
    CoverageForDiagnosis,
    ReferralAndValidity,
    PriorAuthorizationAndWhen,
    VisitsPerYearAndSharing,
    LicenceNetworkAndProviders,
    DiagnosesAndCost,
    ReasonNotCovered,
    HowToAppeal,
    ProgramEnrollment,
    PlanOfCare,
    SameDayTherapy,
    SessionLength,
    PooledVisits,
    Referral,
    LicensedTherapist,
    InNetwork,
    PriorAuthorization,
    Diagnosis,
    Age,

    /// <summary>What meets <see cref="Question.About"/>, for a requirement with no question of its own.</summary>
    OtherRequirement,
    PriorAuthorizationLater,
    WrittenConfirmation,
}

/// <summary>One question; <see cref="About"/> names the requirement it asks about, when it asks about one.</summary>
public readonly record struct Question(InsurerQuestion Code, RequirementCode? About = null);

/// <summary>
/// What to ask on the phone, generated from what the decision could not settle: one question per unknown
/// requirement, the whole benefit when nothing is known, and always the reference number and written confirmation
/// (docs/domain.md section 1, step 4).
/// </summary>
public static class InsurerQuestions
{
    public static IReadOnlyList<Question> For(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Request.PlanType == PlanType.NoInsurance)
        {
            // No insurer to call.
            return [];
        }

        List<Question> questions = decision.Decision switch
        {
            Decision.Indeterminate =>
            [
                new(InsurerQuestion.CoverageForDiagnosis), new(InsurerQuestion.ReferralAndValidity),
                new(InsurerQuestion.PriorAuthorizationAndWhen), new(InsurerQuestion.VisitsPerYearAndSharing),
                new(InsurerQuestion.LicenceNetworkAndProviders), new(InsurerQuestion.DiagnosesAndCost),
            ],
            Decision.NotCovered => [new(InsurerQuestion.ReasonNotCovered), new(InsurerQuestion.HowToAppeal)],
            _ => [.. decision.Requirements.Where(r => r.Status == RequirementStatus.Unknown).Select(r => Ask(r.Code, decision))],
        };
        if (decision.PriorAuthorization == PriorAuthorizationStatus.Conditional)
        {
            questions.Add(new(InsurerQuestion.PriorAuthorizationLater));
        }

        questions.Add(new(InsurerQuestion.WrittenConfirmation));
        return questions;
    }

    private static Question Ask(RequirementCode code, CoverageDecision decision) => code switch
    {
        RequirementCode.ProgramEnrollment => new(InsurerQuestion.ProgramEnrollment, code),
        RequirementCode.PlanOfCare => new(InsurerQuestion.PlanOfCare, code),
        RequirementCode.SameDayTherapy => new(InsurerQuestion.SameDayTherapy, code),
        RequirementCode.SessionLength => new(InsurerQuestion.SessionLength, code),
        RequirementCode.VisitLimit when decision.VisitPool is not null => new(InsurerQuestion.PooledVisits, code),
        RequirementCode.Referral => new(InsurerQuestion.Referral, code),
        RequirementCode.LicensedTherapist => new(InsurerQuestion.LicensedTherapist, code),
        RequirementCode.InNetwork => new(InsurerQuestion.InNetwork, code),
        RequirementCode.PriorAuthorization => new(InsurerQuestion.PriorAuthorization, code),
        RequirementCode.Diagnosis => new(InsurerQuestion.Diagnosis, code),
        RequirementCode.Age => new(InsurerQuestion.Age, code),
        _ => new(InsurerQuestion.OtherRequirement, code),
    };
}
