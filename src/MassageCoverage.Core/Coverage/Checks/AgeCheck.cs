namespace MassageCoverage.Core.Coverage;

/// <summary>An age outside the rule's limits (both inclusive) is a hard limit; an age not given is unknown.</summary>
internal sealed class AgeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Age;

    public override bool IsAskedBy(RuleTerms rule) => rule.MinAge is not null || rule.MaxAge is not null;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        if (request.PatientAge is not { } age)
        {
            return Unknown(Finding.AgeUnknown);
        }

        return age < rule.MinAge || age > rule.MaxAge ? HardLimit(Finding.AgeOutsideLimits, age) : Met(Finding.AgeWithinLimits, age);
    }
}
