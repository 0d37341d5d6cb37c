namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The patient's steps from docs/domain.md section 1 (referral, read the policy, document medical necessity, call the
/// insurer and keep a record), tailored to what is unmet or unknown, and the appeal path when not covered.
/// </summary>
internal static class NextStepText
{
    public const string ReadPolicy = "Read your plan's coverage documents on massage therapy and rehabilitation visits.";

    public const string Document = "Keep your provider's documentation of medical necessity: the diagnosis, your records and the treatments tried before.";

    public const string Appeal = "If a claim is denied or you believe this answer is wrong, ask for the reason in writing and file an appeal; a patient advocate can help you.";

    public static string Whom(PlanType planType) => planType switch
    {
        PlanType.Medicaid => "your state's Medicaid program or your Medicaid health plan",
        PlanType.Medicare => "Medicare",
        _ => "your insurer",
    };

    public static string KeepRecord(PlanType planType) =>
        $"Call {Whom(planType)} to confirm, and keep a record of each call: the date and time, the representative's name, the reference number and what was said; ask for written confirmation.";

    public static string AskWhenUnknown(CoverageRequest request) =>
        $"Ask {Whom(request.PlanType)} whether {CptCodes.Label(request.ServiceCode)} is covered for your diagnosis, whether you need a referral or prior authorization, how many visits a year are allowed, and whether the therapist must be licensed or in the network.";

    public static IReadOnlyList<string> For(Decision decision, CoverageRequest request, IReadOnlyList<CheckOutcome> outcomes)
    {
        if (decision == Decision.NotCovered)
        {
            return [.. outcomes.Where(o => o.IsHardLimit && o.IsBroken).Select(o => o.NextStep).OfType<string>(), Appeal, KeepRecord(request.PlanType)];
        }

        var steps = outcomes.Where(o => o.IsBroken).Concat(outcomes.Where(o => !o.IsBroken)).Select(o => o.NextStep).OfType<string>().ToList();
        if (outcomes.Any(o => o.Requirement.Status == RequirementStatus.Unknown))
        {
            steps.Add(ReadPolicy);
        }

        if (!outcomes.Any(o => o.Requirement.Code == RequirementCode.Diagnosis && o.IsBroken))
        {
            steps.Add(Document);
        }

        steps.Add(KeepRecord(request.PlanType));
        return steps;
    }
}
